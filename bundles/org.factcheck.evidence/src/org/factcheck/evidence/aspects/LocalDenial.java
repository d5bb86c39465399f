package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that denies, right before it, a word realising one of the claim's verbs or adjectives
 * while the claim denies nothing: {@code keinesfalls zu folgen}, {@code nicht korrekt
 * diagnostiziert}, or with a degree that says hardly at all, {@code wenig bekannt}, {@code kaum
 * genutzt}. The word before the realising word (or before its {@code zu}) modifies just that word,
 * whatever the clause splitter makes of the rest of the sentence (an interrupted infinitive: der
 * Aufforderung, … anzurufen, keinesfalls zu folgen). Likewise a noun realising one of the claim's
 * nouns that {@code kein} determines, adjectives between ({@code zu keinerlei Zwischenfällen} for
 * {@code bestätigte Zwischenfälle}): there was none of it, wherever the clause stands; not where the
 * sentence also names the thing without {@code kein}, nor in a phrase that denies nothing
 * ({@code kein Zweifel}), nor where the claim denies the noun itself with {@code ohne}. Likewise
 * a phrase after the claim's preposition whose noun realises one of
 * the claim's nouns, denied right before the preposition ({@code mehrfach vorbestraft, allerdings
 * niemals wegen Verbindungen in jihadistische Netzwerke} for {@code wegen Verbindungen … vorbestraft}):
 * the sentence says it was not so. Such a sentence does not state the claim. A claim that denies
 * something only in a subordinate clause states the words of its other clauses: a sentence denying one of those
 * denies the claim too ({@code keine Antworten auf die Fragen} for {@code Auch wenn sie die Sprache
 * nicht sprechen, können sie die Fragen beantworten}); the phrase after a preposition is compared
 * only for claims that deny nothing.
 */
public final class LocalDenial {

	/** Conjunctions that open a subordinate clause. */
	private static final Set<String> SUBORDINATORS = Set.of("wenn", "falls", "sofern", "obwohl", "obgleich", "weil", "da", "als",
			"nachdem", "bevor", "während", "sobald", "solange", "dass", "ob");

	/** Degrees that say hardly at all (wenig bekannt: barely known), unless after ein (ein wenig). */
	private static final Set<String> HARDLY = Set.of("wenig", "kaum");

	private LocalDenial() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence token that denies a realised word the claim does not deny
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		NegationCues cues = NegationCues.german();
		List<String> claimWords = claim.lowerCaseWords();
		boolean claimDenies = claimWords.stream().anyMatch(cues::denies);
		Predicate<Term> stated = term -> (!claimDenies || deniedOnlyInASubordinateClause(claim, cues, term)) && !renounced(claim, cues, term);
		List<String> words = sentence.lowerCaseWords();
		Optional<Integer> deniedThing = deniedThing(cues, sentence, alignment,
				stated.and(term -> !deniedByPreposition(claim, term.index())));
		if (deniedThing.isPresent()) {
			return deniedThing;
		}
		Optional<Integer> deniedPhrase = claimDenies ? Optional.empty() : DeniedPhrase.find(claim, sentence, alignment);
		if (deniedPhrase.isPresent()) {
			return deniedPhrase;
		}
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if (!(kind == TermKind.VERB || kind == TermKind.ADJECTIVE) || !Elements.isElement(match.claimTerm())
					|| !stated.test(match.claimTerm())
					|| match.score() < Alignment.REALISED || match.sentenceTerm() == null || match.byReference()) {
				continue;
			}
			int before = modifier(words, match.sentenceTerm().index());
			if (before >= 0 && denies(cues, words, before)
					&& !sameModifier(claimWords, modifier(claimWords, match.claimTerm().index()), words.get(before))) {
				return Optional.of(before);
			}
		}
		return Optional.empty();
	}

	/**
	 * The kein… determining a sentence noun that realises one of the claim's nouns or a word the
	 * tagger took for a name (adjectives may
	 * stand between), unless the sentence names that thing elsewhere without it or the kein… is part
	 * of a phrase that denies nothing (kein Zweifel).
	 */
	private static Optional<Integer> deniedThing(NegationCues cues, AnalyzedText sentence, Alignment alignment,
			Predicate<Term> stated) {
		List<String> words = sentence.lowerCaseWords();
		List<String> tags = sentence.tags();
		Set<Integer> notNegating = cues.phraseTokens(words, effect -> effect == NegationCues.Effect.NONE);
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if (!(kind == TermKind.NOUN || kind == TermKind.NAME) || !Elements.isElement(match.claimTerm())
					|| !stated.test(match.claimTerm()) || match.score() < Alignment.REALISED || match.sentenceTerm() == null || match.byReference()
					|| !tags.get(match.sentenceTerm().index()).equals("NOUN")) {
				continue;
			}
			int noun = match.sentenceTerm().index();
			int before = noun - 1;
			while (before >= 0 && tags.get(before).equals("ADJ") && !words.get(before).startsWith("kein")) {
				before--;
			}
			if (before < 0 || !words.get(before).startsWith("kein") || !cues.denies(words.get(before)) || notNegating.contains(before)
					|| namedUndenied(sentence, match.sentenceTerm().key(), noun)) {
				continue;
			}
			return Optional.of(before);
		}
		return Optional.empty();
	}

	/**
	 * Whether the claim's word stands in the clause of another claim verb that negates its object or
	 * refuses (verzichtete auf einen eigenen Kandidaten, verhinderte eine Niederlage): the claim itself
	 * says there was none of it, as a kein… before the word in the sentence does. The verb itself may
	 * still be denied (verzichtete nicht).
	 */
	private static boolean renounced(AnalyzedText claim, NegationCues cues, Term term) {
		int end = ClauseBoundary.end(claim, term.index());
		for (int i = ClauseBoundary.start(claim, term.index()); i <= end; i++) {
			if (i != term.index() && claim.tags().get(i).equals("VERB")) {
				Set<String> infinitives = VerbInfinitives.of(claim, i);
				if (cues.negatesObject(infinitives) || cues.refuses(infinitives)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether every denial of the claim stands in a subordinate clause (after wenn, weil, dass …) that
	 * does not hold the term: a denial there bears on that clause alone (Selbst wenn sie die Sprache
	 * nicht sprechen, können sie die Fragen beantworten), while one in the clause of the term or in a
	 * main clause bears on the clauses that depend on it too (hat nicht verbessert, wie effektiv es war).
	 */
	private static boolean deniedOnlyInASubordinateClause(AnalyzedText claim, NegationCues cues, Term term) {
		List<String> words = claim.lowerCaseWords();
		for (int i = 0; i < words.size(); i++) {
			if (!(cues.denies(words.get(i)) || words.get(i).startsWith("kein"))) {
				continue;
			}
			int start = ClauseBoundary.start(claim, i);
			int end = ClauseBoundary.end(claim, i);
			if (start <= term.index() && term.index() <= end || !subordinate(claim, start, i)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the clause from {@code start} opens with a subordinating conjunction, after at most one adverb (selbst wenn). */
	private static boolean subordinate(AnalyzedText claim, int start, int denial) {
		for (int i = start; i < denial && i <= start + 1; i++) {
			if (claim.tags().get(i).equals("SCONJ") || SUBORDINATORS.contains(claim.lowerCaseWords().get(i))) {
				return true;
			}
			if (!claim.tags().get(i).equals("ADV")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether the claim denies its noun itself with {@code ohne} right before it, adjectives between
	 * ({@code ohne Gegenfinanzierung}): a sentence that denies the noun with {@code kein}
	 * ({@code sofern es keine Gegenfinanzierung gibt}) says the same.
	 */
	static boolean deniedByPreposition(AnalyzedText claim, int noun) {
		List<String> words = claim.lowerCaseWords();
		int before = noun - 1;
		while (before >= 0 && claim.tags().get(before).equals("ADJ")) {
			before--;
		}
		return before >= 0 && words.get(before).equals("ohne");
	}

	/** Whether the sentence has another word with the key that no kein… determines. */
	private static boolean namedUndenied(AnalyzedText sentence, String key, int denied) {
		List<String> words = sentence.lowerCaseWords();
		for (Term term : sentence.terms()) {
			if (term.index() != denied && term.key().equals(key) && (term.index() == 0 || !words.get(term.index() - 1).startsWith("kein"))) {
				return true;
			}
		}
		return false;
	}

	/** The word right before the one at {@code index}, or before its zu; -1 at the start. */
	private static int modifier(List<String> words, int index) {
		int before = index - 1;
		if (before >= 0 && words.get(before).equals("zu")) {
			before--;
		}
		return before;
	}

	private static boolean denies(NegationCues cues, List<String> words, int at) {
		String word = words.get(at);
		return cues.denies(word) || HARDLY.contains(word) && !(at > 0 && words.get(at - 1).equals("ein"));
	}

	/** Whether the claim's word has a modifier saying hardly at all too (kaum bekannt / wenig bekannt). */
	private static boolean sameModifier(List<String> claimWords, int at, String word) {
		return at >= 0 && HARDLY.contains(claimWords.get(at)) && HARDLY.contains(word);
	}

}
