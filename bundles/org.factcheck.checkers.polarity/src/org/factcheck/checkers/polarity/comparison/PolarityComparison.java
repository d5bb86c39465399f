package org.factcheck.checkers.polarity.comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.factcheck.checkers.polarity.analysis.ClauseNegation;
import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.clauses.ClauseKind;
import org.factcheck.checkers.polarity.clauses.PresupposedRelative;
import org.factcheck.checkers.polarity.lexicon.Antonyms;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.checkers.polarity.lexicon.Word;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * Decides whether a sentence states a claim with the opposite polarity. Each clause of the claim is
 * paired with the clause of the sentence that has the same predicate (the same verb in any form, a
 * separated particle included) or its opposite (antonym lexicon, un- prefix) and most of the
 * clause's other words. A pair has opposite polarity when the number of its negations and opposite
 * words is odd, so that a double flip (lehnte nicht ab / stimmte zu) cancels; several negations in
 * one clause (keine Inserate, keine Plakate) count as one. Nothing is decided for
 * a pair when a negation outside the pairs bears on it (ich glaube nicht, dass …), when a paired
 * clause is a condition, question or purpose, or when a negation is partial or hedged (nicht immer,
 * kaum). A negation in an unrelated relative or adverbial clause does not count.
 */
public final class PolarityComparison {

	/** A claim word counts as found in a clause from this alignment score (same word, part of a compound). */
	private static final double FOUND = 0.85;
	/** How far after an adjective or quantifier the noun it modifies may stand. */
	private static final int HEAD_REACH = 3;

	/** A reason to pair two clauses: the same predicate, or opposite words. */
	private record Anchor(int claimFirst, int claimLast, int sentenceFirst, int sentenceLast, boolean opposite) {
	}

	private record Pairing(Clause claim, Clause sentence, List<Anchor> anchors, double overlap) {

		boolean identical() {
			return anchors.stream().anyMatch(a -> !a.opposite());
		}
	}

	private final PolarityText claim;
	private final PolarityText sentence;

	private PolarityComparison(PolarityText claim, PolarityText sentence) {
		this.claim = claim;
		this.sentence = sentence;
	}

	/** The clause pair with opposite polarity and the largest overlap, if the sentence has one. */
	public static Optional<Flip> compare(PolarityText claim, PolarityText sentence) {
		return new PolarityComparison(claim, sentence).flip();
	}

	/**
	 * Whether some clause of the claim pairs with a clause of the sentence (the same predicate or
	 * opposite words), so that their polarity was compared, whether it turned out the same (a double
	 * flip included) or opposite.
	 */
	public static boolean compared(PolarityText claim, PolarityText sentence) {
		PolarityComparison comparison = new PolarityComparison(claim, sentence);
		if (claim.isQuestion() || sentence.isQuestion()) {
			return false;
		}
		return claim.clauses().stream().filter(c -> judgeable(claim, c)).anyMatch(c -> comparison.best(c).isPresent());
	}

	/**
	 * Whether the claim's clause holding the token pairs with a clause of the sentence, so that the
	 * polarity of what it says there was compared; a word of another clause of the claim was not.
	 */
	public static boolean compared(PolarityText claim, PolarityText sentence, int claimToken) {
		PolarityComparison comparison = new PolarityComparison(claim, sentence);
		if (claim.isQuestion() || sentence.isQuestion()) {
			return false;
		}
		return claim.clauses().stream().filter(c -> c.contains(claimToken) && judgeable(claim, c))
				.anyMatch(c -> comparison.best(c).isPresent());
	}

	private Optional<Flip> flip() {
		if (claim.isQuestion() || sentence.isQuestion()) {
			return Optional.empty();
		}
		List<Pairing> pairings = new ArrayList<>();
		for (Clause claimClause : claim.clauses()) {
			if (judgeable(claim, claimClause)) {
				best(claimClause).ifPresent(pairings::add);
			}
		}
		Set<Integer> pairedClaim = new TreeSet<>();
		Set<Integer> pairedSentence = new TreeSet<>();
		for (Pairing pairing : pairings) {
			pairedClaim.add(pairing.claim().index());
			pairedSentence.add(pairing.sentence().index());
		}
		return pairings.stream()
				.filter(p -> !unaccountedNegation(claim, p.claim(), pairedClaim)
						&& !unaccountedNegation(sentence, p.sentence(), pairedSentence))
				.map(this::judge).flatMap(Optional::stream).max(Comparator.comparingDouble(Flip::overlap));
	}

	private static boolean judgeable(PolarityText text, Clause clause) {
		return clause.kind() != ClauseKind.UNASSERTED && !text.negation(clause).partial();
	}

	/** The sentence clause that says most of what the claim clause says, about the same predicate. */
	private Optional<Pairing> best(Clause claimClause) {
		Pairing best = null;
		for (Clause sentenceClause : sentence.clauses()) {
			if (!judgeable(sentence, sentenceClause) || !claim.modals(claimClause).equals(sentence.modals(sentenceClause))) {
				continue;
			}
			List<Anchor> anchors = anchors(claimClause, sentenceClause);
			if (anchors.isEmpty()) {
				continue;
			}
			Set<Integer> anchorTokens = claimAnchorTokens(anchors);
			double extended = overlap(claim.withComplements(claimClause), sentence.withComplements(sentenceClause),
					anchorTokens);
			if (extended == 0) {
				continue;
			}
			Pairing pairing = new Pairing(claimClause, sentenceClause, anchors,
					overlap(List.of(claimClause), List.of(sentenceClause), anchorTokens));
			if (best == null || pairing.overlap() > best.overlap()
					|| pairing.overlap() == best.overlap() && preferredOnTie(pairing, best)) {
				best = pairing;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Of two equally good pairs, the one with the same predicate and the same negation: no conflict by chance. */
	private boolean preferredOnTie(Pairing candidate, Pairing best) {
		boolean candidateAgrees = negated(claim, candidate.claim()) == negated(sentence, candidate.sentence());
		boolean bestAgrees = negated(claim, best.claim()) == negated(sentence, best.sentence());
		if (candidateAgrees != bestAgrees) {
			return candidateAgrees;
		}
		return candidate.identical() && !best.identical();
	}

	private static boolean negated(PolarityText text, Clause clause) {
		return !text.negation(clause).cues().isEmpty();
	}

	private static Set<Integer> claimAnchorTokens(List<Anchor> anchors) {
		Set<Integer> tokens = new TreeSet<>();
		for (Anchor anchor : anchors) {
			for (int i = anchor.claimFirst(); i <= anchor.claimLast(); i++) {
				tokens.add(i);
			}
		}
		return tokens;
	}

	private List<Anchor> anchors(Clause claimClause, Clause sentenceClause) {
		List<Integer> claimVerbal = verbalPredicates(claim, claimClause);
		List<Integer> sentenceVerbal = verbalPredicates(sentence, sentenceClause);
		boolean copulas = claimVerbal.isEmpty() && sentenceVerbal.isEmpty();
		List<Anchor> anchors = new ArrayList<>();
		for (int p : claimVerbal) {
			for (int q : sentenceVerbal) {
				if (samePredicate(claimClause, p, sentenceClause, q)) {
					anchors.add(new Anchor(p, p, q, q, false));
				}
			}
		}
		anchors.addAll(deniedObjects(claimClause, claimVerbal, sentenceClause, sentenceVerbal));
		if (copulas && saysAllOf(claimClause, sentenceClause)) {
			for (int p : nouns(claim, claimClause)) {
				for (int q : nouns(sentence, sentenceClause)) {
					if (Aligner.sameKey(claim.words().get(p).key(), sentence.words().get(q).key())) {
						anchors.add(new Anchor(p, p, q, q, false));
					}
				}
			}
		}
		boolean identity = !anchors.isEmpty();
		List<Pole> claimPoles = claim.poles(claimClause);
		List<Pole> sentencePoles = sentence.poles(sentenceClause);
		Set<String> seen = new LinkedHashSet<>();
		for (Pole x : claimPoles) {
			for (Pole y : sentencePoles) {
				boolean opposite = x.opposes(y) && sentencePoles.stream().noneMatch(z -> z.sameSideAs(x))
						&& claimPoles.stream().noneMatch(w -> w.sameSideAs(y));
				if (opposite && (!x.modifier() && !y.modifier() || modifiesTheSame(x.last(), y.last(),
						identity || copulas || claimVerbal.contains(x.last()) && sentenceVerbal.contains(y.last())))
						&& seen.add(x.first() + ":" + y.first())) {
					anchors.add(new Anchor(x.first(), x.last(), y.first(), y.last(), true));
				}
			}
		}
		for (int a : claimClause.tokens()) {
			for (int b : sentenceClause.tokens()) {
				if (Antonyms.negatedByAffix(claim.words().get(a), sentence.words().get(b))
						&& modifiesTheSame(a, b, identity || copulas || claimVerbal.contains(a) && sentenceVerbal.contains(b))
						&& seen.add(a + ":" + b)) {
					anchors.add(new Anchor(a, a, b, b, true));
				}
			}
		}
		return anchors;
	}

	/**
	 * A verb of one side realised on the other by its noun as the object of a verb that negates its
	 * object (genehmigte / verweigerte die Genehmigung): the same predicate, whose clause that verb
	 * negates.
	 */
	private List<Anchor> deniedObjects(Clause claimClause, List<Integer> claimVerbal, Clause sentenceClause,
			List<Integer> sentenceVerbal) {
		List<Anchor> anchors = new ArrayList<>();
		for (TermMatch match : align(List.of(claimClause), List.of(sentenceClause), Set.of()).matches()) {
			if (match.sentenceTerm() == null || match.how() != TermMatch.How.DERIVED) {
				continue;
			}
			int p = match.claimTerm().index();
			int q = match.sentenceTerm().index();
			if (claimVerbal.contains(p) && claim.words().get(p).tag().equals("VERB") && deniedObject(sentence, sentenceClause, q)
					|| sentenceVerbal.contains(q) && sentence.words().get(q).tag().equals("VERB") && deniedObject(claim, claimClause, p)) {
				anchors.add(new Anchor(p, p, q, q, false));
			}
		}
		return anchors;
	}

	/** Whether the noun at {@code token} is the object of a verb of its clause that negates its object (verweigerte die Genehmigung). */
	private static boolean deniedObject(PolarityText text, Clause clause, int token) {
		if (!text.words().get(token).tag().equals("NOUN") || token > 0 && text.words().get(token - 1).tag().equals("ADP")) {
			return false;
		}
		return clause.tokens().stream().map(text.words()::get).anyMatch(word -> word.tag().equals("VERB")
				&& NegationCues.german().scope(word.text(), true, word.verbForms()) == NegationCues.Scope.VERB);
	}

	/**
	 * Whether opposite adjectives or quantifiers are said of the same thing: they modify the same
	 * noun (immer weniger SMS / immer mehr SMS, not … mehr Daten), or, standing alone, belong to the
	 * same predicate or are the predicates themselves.
	 */
	private boolean modifiesTheSame(int claimWord, int sentenceWord, boolean samePredicate) {
		int claimHead = head(claim, claimWord);
		int sentenceHead = head(sentence, sentenceWord);
		if (claimHead < 0 && sentenceHead < 0) {
			return samePredicate;
		}
		if (claimHead < 0 || sentenceHead < 0) {
			return false;
		}
		Word a = claim.words().get(claimHead);
		Word b = sentence.words().get(sentenceHead);
		return Aligner.sameKey(a.key(), b.key()) || Aligner.sameKey(a.headKey(), b.headKey());
	}

	/** The noun an attributive word modifies, or -1. */
	private static int head(PolarityText text, int token) {
		for (int j = token + 1; j < text.words().size() && j <= token + HEAD_REACH; j++) {
			String tag = text.words().get(j).tag();
			if (tag.equals("NOUN") || tag.equals("PROPN")) {
				return j;
			}
			if (!(tag.equals("ADJ") || tag.equals("ADV"))) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The full verbs of a clause, or, when it has none, its predicative adjectives (participles the
	 * tagger took for adjectives included).
	 */
	private static List<Integer> verbalPredicates(PolarityText text, Clause clause) {
		List<Integer> verbs = new ArrayList<>();
		List<Integer> adjectives = new ArrayList<>();
		List<Integer> tokens = clause.tokens();
		for (int k = 0; k < tokens.size(); k++) {
			int token = tokens.get(k);
			String tag = text.words().get(token).tag();
			if (text.term(token) == null || text.isAuxiliary(token)) {
				continue;
			}
			if (tag.equals("VERB")) {
				verbs.add(token);
			} else if (tag.equals("ADJ") && predicative(text, tokens, k)) {
				adjectives.add(token);
			}
		}
		return verbs.isEmpty() ? adjectives : verbs;
	}

	private static List<Integer> nouns(PolarityText text, Clause clause) {
		return clause.tokens().stream().filter(token -> text.term(token) != null)
				.filter(token -> text.words().get(token).isNoun()).toList();
	}

	/** An adjective not followed by the noun it modifies. */
	private static boolean predicative(PolarityText text, List<Integer> tokens, int k) {
		for (int j = k + 1; j < tokens.size(); j++) {
			Word next = text.words().get(tokens.get(j));
			if (next.text().chars().anyMatch(Character::isLetterOrDigit)) {
				String tag = next.tag();
				return !(tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("X"));
			}
		}
		return true;
	}

	private boolean samePredicate(Clause claimClause, int p, Clause sentenceClause, int q) {
		Word a = claim.words().get(p);
		Word b = sentence.words().get(q);
		if (a.isVerbLike() && b.isVerbLike() && a.verbForms().stream().anyMatch(b.verbForms()::contains)) {
			return true;
		}
		if (claimClause.verb() == p || sentenceClause.verb() == q) {
			return false;
		}
		return Aligner.sameKey(a.key(), b.key());
	}

	/** Whether every content word of a clause without a full verb is found in the other one (ist kein Mitglied). */
	private boolean saysAllOf(Clause claimClause, Clause sentenceClause) {
		Alignment alignment = align(List.of(claimClause), List.of(sentenceClause), Set.of());
		return !alignment.matches().isEmpty() && alignment.matches().stream().allMatch(m -> m.score() >= FOUND);
	}

	/** Weight of the claim clauses' words (but the excluded ones) that the sentence clauses contain. */
	private double overlap(Collection<Clause> claimClauses, Collection<Clause> sentenceClauses, Set<Integer> excluded) {
		double overlap = 0;
		for (TermMatch match : align(claimClauses, sentenceClauses, excluded).matches()) {
			overlap += match.claimTerm().weight() * match.score();
		}
		return overlap;
	}

	private Alignment align(Collection<Clause> claimClauses, Collection<Clause> sentenceClauses, Set<Integer> excluded) {
		return Aligner.align(restricted(claim, claimClauses, excluded), restricted(sentence, sentenceClauses, Set.of()));
	}

	/** The text with only the content words of the given clauses. */
	private static AnalyzedText restricted(PolarityText text, Collection<Clause> clauses, Set<Integer> excluded) {
		AnalyzedText analysis = text.analysis();
		List<Term> terms = new ArrayList<>();
		for (Term term : analysis.terms()) {
			if (!excluded.contains(term.index()) && inAny(clauses, term.index())) {
				terms.add(term);
			}
		}
		return analysis.withTerms(terms);
	}

	private static boolean inAny(Collection<Clause> clauses, int token) {
		for (Clause clause : clauses) {
			if (clause.contains(token)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a negation outside every pair bears on a paired clause: it stands in a clause that the
	 * paired one completes (ich glaube nicht, dass …), directly or through the clause a relative or
	 * adverbial clause belongs to, or in a clause that completes the paired one.
	 */
	private static boolean unaccountedNegation(PolarityText text, Clause paired, Set<Integer> allPaired) {
		for (Clause clause : text.clauses()) {
			ClauseNegation negation = text.negation(clause);
			if (allPaired.contains(clause.index()) || negation.cues().isEmpty() && !negation.partial()) {
				continue;
			}
			if (completes(text, paired, clause) || completes(text, clause, paired)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code inner}, or a clause it belongs to, is a complement of {@code outer}; not through a
	 * relative clause on a definite noun phrase, whose content is presupposed ({@link PresupposedRelative}).
	 */
	private static boolean completes(PolarityText text, Clause inner, Clause outer) {
		Clause child = inner;
		Clause parent = parent(text, child);
		while (parent != null) {
			if (PresupposedRelative.is(child, text.words())) {
				return false;
			}
			if (parent.index() == outer.index() && child.kind() == ClauseKind.COMPLEMENT) {
				return true;
			}
			child = parent;
			parent = parent(text, child);
		}
		return false;
	}

	/** The clause a complement completes, or the clause a relative or adverbial clause follows. */
	private static Clause parent(PolarityText text, Clause clause) {
		return switch (clause.kind()) {
		case COMPLEMENT -> clause.governor() >= 0 ? text.clauses().get(clause.governor()) : null;
		case RELATIVE, ADVERBIAL, UNASSERTED -> clause.index() > 0 ? text.clauses().get(clause.index() - 1) : null;
		case MAIN -> null;
		};
	}

	private Optional<Flip> judge(Pairing pairing) {
		ClauseNegation claimNegation = claim.negation(pairing.claim());
		ClauseNegation sentenceNegation = sentence.negation(pairing.sentence());
		if (sentenceNegation.isContrastive() && !negatesWhatTheClaimSays(pairing, sentenceNegation)
				|| claimNegation.isContrastive() && !statesWhatTheClaimNegates(claimNegation)) {
			return Optional.empty();
		}
		List<Integer> claimCues = countedCues(claimNegation, sentenceNegation, true, pairing);
		List<Integer> sentenceCues = countedCues(sentenceNegation, claimNegation, false, pairing);
		List<Anchor> opposites = pairing.anchors().stream().filter(Anchor::opposite).toList();
		int flips = (claimCues.isEmpty() ? 0 : 1) + (sentenceCues.isEmpty() ? 0 : 1) + opposites.size();
		if (flips % 2 == 0) {
			return Optional.empty();
		}
		List<Anchor> shown = opposites.isEmpty() ? pairing.anchors() : opposites;
		Set<Integer> claimWords = new TreeSet<>(claimCues);
		Set<Integer> sentenceWords = new TreeSet<>(sentenceCues);
		Set<Integer> claimPolarity = new TreeSet<>(claimCues);
		Set<Integer> cues = new TreeSet<>(sentenceCues);
		for (Anchor anchor : shown) {
			addWords(claimWords, anchor.claimFirst(), anchor.claimLast(), pairing.claim());
			addWords(sentenceWords, anchor.sentenceFirst(), anchor.sentenceLast(), pairing.sentence());
			if (anchor.opposite()) {
				addWords(claimPolarity, anchor.claimFirst(), anchor.claimLast(), pairing.claim());
				addWords(cues, anchor.sentenceFirst(), anchor.sentenceLast(), pairing.sentence());
			}
		}
		Flip.Kind kind = opposites.size() % 2 == 1 ? Flip.Kind.OPPOSITE : Flip.Kind.NEGATION;
		if (kind == Flip.Kind.NEGATION && (negationMayConcernTheDifference(pairing)
				|| sentenceCues.isEmpty() && claimCues.stream().anyMatch(this::deniedInAnotherClause))) {
			return Optional.empty();
		}
		return Optional.of(new Flip(pairing.claim(), pairing.sentence(), kind, List.copyOf(claimWords),
				List.copyOf(sentenceWords), claimPolarity, List.copyOf(cues), pairing.overlap()));
	}

	/**
	 * Whether both clauses name something the other does not (An handwerklichem Können ist es nicht
	 * gescheitert / Gescheitert ist es an der Hand des Eigentümers): the negation may then be about
	 * that difference rather than about the shared statement.
	 */
	private boolean negationMayConcernTheDifference(Pairing pairing) {
		Set<Integer> anchorTokens = claimAnchorTokens(pairing.anchors());
		Alignment claimInSentence = Aligner.align(restricted(claim, List.of(pairing.claim()), anchorTokens),
				sentence.analysis());
		Alignment sentenceInClaim = Aligner.align(restricted(sentence, List.of(pairing.sentence()), Set.of()),
				claim.analysis());
		return hasMissingNoun(claimInSentence) && hasMissingNoun(sentenceInClaim);
	}

	/** How far after kein its noun may stand (zu keinem einzigen Scorerpunkt). */
	private static final int DENIED_NOUN_REACH = 3;

	/**
	 * Whether the claim's kein denies a noun (kam zu keinem Scorerpunkt) that the sentence denies in
	 * another clause than the paired one (…, blieb aber ohne Scorerpunkt): the sentence says the same.
	 */
	private boolean deniedInAnotherClause(int cue) {
		List<Word> claimWords = claim.words();
		if (!claimWords.get(cue).text().toLowerCase(Locale.GERMAN).startsWith("kein")) {
			return false;
		}
		int noun = -1;
		for (int j = cue + 1; j < claimWords.size() && j <= cue + DENIED_NOUN_REACH && noun < 0; j++) {
			noun = claimWords.get(j).isNoun() ? j : -1;
		}
		if (noun < 0) {
			return false;
		}
		for (TermMatch match : Aligner.align(claim.analysis(), sentence.analysis()).matches()) {
			if (match.claimTerm().index() == noun && match.score() >= FOUND && match.sentenceTerm() != null) {
				int said = match.sentenceTerm().index();
				return sentence.clauses().stream().map(sentence::negation).anyMatch(negation -> negation.focused().stream()
						.anyMatch(focus -> focus.noun() == said)
						|| negation.cues().stream().anyMatch(c -> c < said && said - c <= DENIED_NOUN_REACH
								&& sentence.words().get(c).text().toLowerCase(Locale.GERMAN).startsWith("kein")));
			}
		}
		return false;
	}

	/** Whether a noun or name of the first text is not found in the second. */
	private static boolean hasMissingNoun(Alignment alignment) {
		return alignment.matches().stream().anyMatch(m -> !m.matched()
				&& (m.claimTerm().kind() == TermKind.NOUN || m.claimTerm().kind() == TermKind.NAME));
	}

	/** The tokens [first, last] that belong to the clause, with the particle of its verb. */
	private static void addWords(Set<Integer> words, int first, int last, Clause clause) {
		for (int i = first; i <= last; i++) {
			if (clause.contains(i)) {
				words.add(i);
				if (i == clause.verb()) {
					words.add(clause.particle());
				}
			}
		}
	}

	/** nicht X, sondern Y negates what the claim says only when the claim says X and not Y. */
	private boolean negatesWhatTheClaimSays(Pairing pairing, ClauseNegation negation) {
		Set<Integer> anchorTokens = claimAnchorTokens(pairing.anchors());
		boolean saysNegated = false;
		boolean saysCorrected = false;
		for (TermMatch match : Aligner.align(restricted(claim, List.of(pairing.claim()), anchorTokens),
				sentence.analysis()).matches()) {
			if (match.score() < FOUND) {
				continue;
			}
			saysNegated |= negation.negated().contains(match.sentenceTerm().index());
			saysCorrected |= negation.corrected().contains(match.sentenceTerm().index());
		}
		return saysNegated && !saysCorrected;
	}

	/**
	 * A claim saying nicht X, sondern Y denies X: the sentence says what it denies only where it
	 * realises every content word of X (arbeiten nicht mit Kindern, sondern … / um mit Kindern zu arbeiten).
	 */
	private boolean statesWhatTheClaimNegates(ClauseNegation negation) {
		List<Term> denied = claim.analysis().terms().stream().filter(t -> negation.negated().contains(t.index())).toList();
		return !denied.isEmpty() && Aligner.align(claim.analysis().withTerms(denied), sentence.analysis()).matches().stream()
				.allMatch(m -> m.score() >= FOUND);
	}

	/**
	 * The negations of a paired clause that count: all that negate the clause, and an ohne that
	 * negates a noun the other side names or where the other side is negated as well, unless the
	 * other side negates that noun by ohne too (ohne Gesetz nicht möglich / ohne Gesetz unmöglich).
	 */
	private List<Integer> countedCues(ClauseNegation negation, ClauseNegation other, boolean isClaim, Pairing pairing) {
		List<Integer> counted = new ArrayList<>(negation.cues());
		for (ClauseNegation.Focus focus : negation.focused()) {
			OptionalInt named = namedByOtherSide(focus.noun(), isClaim, pairing);
			if (named.isPresent() && negatedAlike(named.getAsInt(), other)) {
				continue;
			}
			if (!other.cues().isEmpty() || named.isPresent()) {
				counted.add(focus.cue());
			}
		}
		return counted;
	}

	/** Whether the other side negates its noun by a preposition too (ohne Gesetz / ohne Gesetz): the two say the same. */
	private static boolean negatedAlike(int otherNoun, ClauseNegation other) {
		return other.focused().stream().anyMatch(focus -> focus.noun() == otherNoun);
	}

	/** The other side's word that realises the noun, if any. */
	private OptionalInt namedByOtherSide(int noun, boolean isClaim, Pairing pairing) {
		Collection<Clause> claimSide = claim.withComplements(pairing.claim());
		Collection<Clause> sentenceSide = sentence.withComplements(pairing.sentence());
		for (TermMatch match : align(claimSide, sentenceSide, Set.of()).matches()) {
			if (match.score() >= FOUND && (isClaim ? match.claimTerm().index() : match.sentenceTerm().index()) == noun) {
				return OptionalInt.of(isClaim ? match.sentenceTerm().index() : match.claimTerm().index());
			}
		}
		return OptionalInt.empty();
	}
}
