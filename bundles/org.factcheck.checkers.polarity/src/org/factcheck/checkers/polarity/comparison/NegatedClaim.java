package org.factcheck.checkers.polarity.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.factcheck.checkers.polarity.analysis.ClauseNegation;
import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.clauses.ClauseKind;
import org.factcheck.checkers.polarity.lexicon.Word;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;

/**
 * A claim that denies what a sentence asserts. A main clause of the claim, or a clause it
 * reports (dass es keine … gibt), is negated, and the sentence
 * states the negated part in an asserted clause without negation: the noun a {@code kein}
 * determines (keine Volkszählung / die Volkszählung von 1990), or else the clause's predicate (nie
 * stattgefunden / fand statt, hat nichts gesagt / hat gesagt). Unlike {@link PolarityComparison},
 * the sentence need not say everything else the claim says in the same clause: the denial concerns
 * the negated part, and the sentence must contain a fair share of the claim's other words. A claim
 * saying nicht X, sondern Y denies only X, and the sentence must state X itself.
 * <p>
 * Some denials a sentence does not contradict by naming the claim's other words: the goal of a verb of
 * ensuring (sicherstellen, dass … nicht), what a counterfactual conditional says would not have been
 * (ohne X wäre sie nie …), and, unless the sentence states the denied word itself, a denied property
 * (nicht teuer, nicht erfolgreich) or a denied attitude towards a dass-clause (hatte nicht erwartet, dass …).
 */
public final class NegatedClaim {

	/** A claim word counts as stated from this alignment score (same word, synonym, part of a compound). */
	private static final double STATED = 0.7;
	/** Modal verbs of liking and wanting (Lucene drops them as stop words): they carry the claim's predicate. */
	private static final Set<String> WANTING = Set.of("mag", "magst", "mögen", "mögt", "mochte", "mochten", "mochtest",
			"möchte", "möchten", "möchtest", "will", "willst", "wollen", "wollt", "wollte", "wollten");

	/** How far after kein its noun may stand. */
	private static final int NOUN_REACH = 3;

	/** Verbs whose dass-clause says what is to be brought about, not what is the case (sicherstellen, dass …). */
	private static final Set<String> ENSURING = Set.of("sicherstellen", "gewährleisten", "sorgen");
	/** Verbs of asking someone to do something (auffordern zu, drängen zu): their object or complement is a request. */
	private static final Set<String> REQUESTING = Set.of("auffordern", "aufrufen", "drängen", "ersuchen", "bitten",
			"verlangen", "fordern", "mahnen", "ermahnen", "appellieren");
	/** The subjunctive of the perfect's auxiliaries, with which a conditional says what would have been. */
	private static final Set<String> COUNTERFACTUAL = Set.of("hätte", "hätten", "hättest", "hättet", "wäre", "wären", "wärest",
			"wäret");
	/** Verbs saying that a thing ends or stays away: their subject is no more. */
	private static final Set<String> CEASING = Set.of("enden", "aufhören", "abreißen", "ausbleiben", "versiegen",
			"verschwinden", "erlöschen", "auslaufen", "wegfallen", "entfallen", "aussterben");
	/** Words that open the condition of a conditional. */
	private static final Set<String> CONDITION = Set.of("wenn", "falls", "ohne");

	/**
	 * What the claim denies and where the sentence states it.
	 *
	 * @param claimCue       the claim's negation
	 * @param claimFocus     the claim tokens the negation bears on
	 * @param sentenceTokens the sentence tokens that state them; empty when the sentence states
	 *                       the claim's other words but not the negated part itself
	 */
	public record Denial(int claimCue, List<Integer> claimFocus, List<Integer> sentenceTokens) {

		public boolean focusStated() {
			return !sentenceTokens.isEmpty();
		}
	}

	private NegatedClaim() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 */
	public static Optional<Denial> find(PolarityText claim, PolarityText sentence, Alignment alignment) {
		if (claim.isQuestion() || sentence.isQuestion()) {
			return Optional.empty();
		}
		boolean negating = negates(sentence);
		for (Clause clause : claim.clauses()) {
			ClauseNegation negation = claim.negation(clause);
			if (!clause.kind().carriesSentencePolarity() || negation.cues().isEmpty() || negation.partial()) {
				continue;
			}
			int cue = negation.cues().get(0);
			if (asks(claim, cue)) {
				continue;
			}
			List<Integer> focus = negation.isContrastive()
					? focus(claim, clause, cue).stream().filter(negation.negated()::contains).toList()
					: focus(claim, clause, cue);
			if (focus.isEmpty() || ensured(claim, clause) || counterfactual(claim, clause)) {
				continue;
			}
			if (focus.stream().anyMatch(token -> ceasesIn(sentence, matchOf(alignment, token)))) {
				continue;
			}
			List<Integer> stated = new ArrayList<>();
			if (requested(sentence, alignment, focus)) {
				return Optional.empty();
			}
			for (int token : focus) {
				TermMatch match = matchOf(alignment, token);
				if (match != null && match.score() >= STATED && match.sentenceTerm() != null && states(match)
						&& assertedWithoutNegation(sentence, match.sentenceTerm().index())) {
					stated.add(match.sentenceTerm().index());
				}
			}
			if (negating && stated.isEmpty()) {
				return Optional.empty();
			}
			if (negation.isContrastive() && stated.isEmpty()) {
				continue;
			}
			if (stated.isEmpty() && (property(claim, clause, focus) || attitude(claim, clause, cue, focus))) {
				continue;
			}
			return Optional.of(new Denial(cue, focus, stated));
		}
		return Optional.empty();
	}

	/**
	 * Whether a negation of the claim denies its statement outright: a main clause, or a clause it
	 * reports, negated neither partly nor in contrast to another thing (nicht X, sondern Y), in no
	 * question, no goal of a verb of ensuring and no counterfactual conditional, whose negated part
	 * (see {@link #focus}) the sentence states word for word or by another word for it (nicht
	 * erfolgreich is not stated by a sentence that leaves erfolgreich out). A sentence that states all
	 * the claim says but the negation then contradicts it.
	 *
	 * @param alignment the claim's alignment to the sentence
	 */
	public static boolean deniesOutright(PolarityText claim, Alignment alignment) {
		if (claim.isQuestion()) {
			return false;
		}
		for (Clause clause : claim.clauses()) {
			ClauseNegation negation = claim.negation(clause);
			if (clause.kind().carriesSentencePolarity() && !negation.cues().isEmpty() && !negation.partial()
					&& !negation.isContrastive() && !asks(claim, negation.cues().get(0)) && !ensured(claim, clause)
					&& !counterfactual(claim, clause) && focus(claim, clause, negation.cues().get(0)).stream().allMatch(token -> {
						TermMatch match = matchOf(alignment, token);
						return match != null && match.score() >= STATED && match.sentenceTerm() != null && states(match);
					})) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The claim tokens a negation bears on: the noun after kein, and the object after a verb that
	 * negates it (verweigerte die Genehmigung für den Bau: the Genehmigung); for nicht and nie the content words
	 * after it in the clause (nicht im Star House, nicht so eigenwillig), which German puts after the
	 * negation it negates, else the clause's full verbs (mochten ihn nicht); for nichts and niemand the
	 * full verbs, and so for a verb of refusal, which denies the act of its zu-infinitive (weigerte
	 * sich, die Miete zu zahlen). A clause without a full verb (split off: niemand konnte eine Verbindung zwischen A
	 * und B finden) denies all its content words, unless its verb is one of liking or wanting (mag die
	 * Fusion nicht), which says something of its own that a sentence naming the same things does
	 * not state.
	 */
	private static List<Integer> focus(PolarityText claim, Clause clause, int cue) {
		String word = claim.words().get(cue).text().toLowerCase(Locale.GERMAN);
		if (word.startsWith("kein")) {
			for (int j = cue + 1; j <= cue + NOUN_REACH && clause.contains(j); j++) {
				Term term = claim.term(j);
				if (term != null && (term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME)) {
					return List.of(j);
				}
			}
			return List.of();
		}
		Word cueWord = claim.words().get(cue);
		NegationCues.Scope scope = NegationCues.german().scope(cueWord.text(), cueWord.tag().equals("VERB"), cueWord.verbForms());
		if (scope == NegationCues.Scope.VERB) {
			for (int token : clause.tokens()) {
				Term term = claim.term(token);
				if (token > cue && term != null && (term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME)) {
					return List.of(token);
				}
			}
		}
		List<Integer> verbs = new ArrayList<>();
		List<Integer> after = new ArrayList<>();
		for (int token : clause.tokens()) {
			Term term = claim.term(token);
			if (term == null || token == cue || claim.isAuxiliary(token)) {
				continue;
			}
			if (term.kind() == TermKind.VERB) {
				verbs.add(token);
			} else if (token > cue && term.kind() != TermKind.ADVERB) {
				after.add(token);
			}
		}
		boolean pronoun = word.startsWith("nichts") || word.startsWith("niemand");
		boolean refusal = NegationCues.german().scope(cueWord.text(), true, cueWord.verbForms()) == NegationCues.Scope.REFUSAL;
		List<Integer> focus = pronoun || refusal || after.isEmpty() ? verbs : after;
		if (focus.isEmpty() && clause.tokens().stream()
				.noneMatch(token -> WANTING.contains(claim.words().get(token).text().toLowerCase(Locale.GERMAN)))) {
			for (int token : clause.tokens()) {
				Term term = claim.term(token);
				if (term != null && token != cue && !claim.isAuxiliary(token) && term.kind() != TermKind.ADVERB) {
					focus.add(token);
				}
			}
		}
		return focus;
	}

	/**
	 * Whether the sentence negates anything itself, also only partly (nicht alle, kaum): it may deny
	 * the same in other words (gegen niemanden / gegen kein anderes Land), so it is not read as
	 * asserting what the claim denies unless it states the denied part itself in a clause that no
	 * negation bears on. A hedge (vielleicht) denies nothing.
	 */
	private static boolean negates(PolarityText sentence) {
		return sentence.clauses().stream().map(sentence::negation)
				.anyMatch(n -> !n.cues().isEmpty() || !n.focused().isEmpty() || n.partlyNegated());
	}

	/** The word itself or another word for it, not a part of a name (Land in Russland). */
	private static boolean states(TermMatch match) {
		return match.how() != TermMatch.How.COMPOUND || match.sentenceTerm().kind() != TermKind.NAME;
	}

	private static TermMatch matchOf(Alignment alignment, int claimToken) {
		return alignment.matches().stream().filter(m -> m.claimTerm().index() == claimToken).findFirst().orElse(null);
	}

	/**
	 * Whether the sentence asserts the clause that holds the token: not a condition, question or
	 * purpose, no negation in it or in a clause it completes (ich glaube nicht, dass …).
	 */
	private static boolean assertedWithoutNegation(PolarityText sentence, int token) {
		Clause clause = sentence.clauses().stream().filter(c -> c.contains(token)).findFirst().orElse(null);
		if (clause == null || clause.kind() == ClauseKind.UNASSERTED) {
			return false;
		}
		Set<Integer> seen = new TreeSet<>();
		for (Clause current = clause; current != null && seen.add(current.index());
				current = current.governor() >= 0 ? sentence.clauses().get(current.governor()) : null) {
			ClauseNegation negation = sentence.negation(current);
			if (!negation.cues().isEmpty() || negation.partial() || !negation.focused().isEmpty()) {
				return false;
			}
		}
		return true;
	}


	/**
	 * Whether the sentence names a word of what the claim denies only as what someone was asked to do
	 * (wurde zur Zahlung aufgefordert, for zahlte nicht): a request says nothing of whether it was
	 * done, so the sentence neither states nor leaves out what the claim denies. The word is a noun in
	 * the clause of such a verb, or stands in a clause that completes one (aufgefordert, zu zahlen).
	 */
	private static boolean requested(PolarityText sentence, Alignment alignment, List<Integer> focus) {
		for (int token : focus) {
			TermMatch match = matchOf(alignment, token);
			if (match == null || match.score() < STATED || match.sentenceTerm() == null) {
				continue;
			}
			int index = match.sentenceTerm().index();
			Clause clause = sentence.clauses().stream().filter(c -> c.contains(index)).findFirst().orElse(null);
			if (clause == null) {
				continue;
			}
			boolean noun = match.sentenceTerm().kind() == TermKind.NOUN;
			if (noun && requests(sentence, clause) || clause.kind() == ClauseKind.COMPLEMENT && clause.governor() >= 0
					&& requests(sentence, sentence.clauses().get(clause.governor()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a verb of the clause asks someone to do something (aufgefordert, drängte), not a participle adjective (geforderte). */
	private static boolean requests(PolarityText sentence, Clause clause) {
		return clause.tokens().stream().map(sentence.words()::get)
				.anyMatch(word -> word.tag().equals("VERB") && word.verbForms().stream().anyMatch(REQUESTING::contains));
	}

	/**
	 * Whether the sentence word realising the claim's word stands in a clause whose verb says that it
	 * ends or stays away (die Funde reißen ab, die Lieferungen blieben aus): the sentence says there
	 * is no more of it, which agrees with a claim denying it.
	 */
	private static boolean ceasesIn(PolarityText sentence, TermMatch match) {
		if (match == null || match.sentenceTerm() == null) {
			return false;
		}
		int token = match.sentenceTerm().index();
		return sentence.clauses().stream().filter(c -> c.contains(token)).flatMap(c -> c.tokens().stream())
				.anyMatch(t -> sentence.words().get(t).verbForms().stream().anyMatch(CEASING::contains));
	}

	/** A complement of a verb of ensuring: it states a goal, whose denied part a sentence does not contradict. */
	private static boolean ensured(PolarityText claim, Clause clause) {
		if (clause.kind() != ClauseKind.COMPLEMENT || clause.governor() < 0) {
			return false;
		}
		return claim.clauses().get(clause.governor()).tokens().stream()
				.anyMatch(token -> claim.words().get(token).verbForms().stream().anyMatch(ENSURING::contains));
	}

	/**
	 * A counterfactual conditional (wenn X nicht gekommen wäre, hätte sie nicht …; ohne X wäre sie nie …): it says what
	 * would have been under a condition that does not hold, and a sentence stating what is does not contradict it.
	 */
	private static boolean counterfactual(PolarityText claim, Clause clause) {
		boolean subjunctive = clause.tokens().stream()
				.anyMatch(token -> COUNTERFACTUAL.contains(claim.words().get(token).text().toLowerCase(Locale.GERMAN)));
		return subjunctive && claim.words().stream()
				.anyMatch(word -> CONDITION.contains(word.text().toLowerCase(Locale.GERMAN)));
	}

	/**
	 * A denied property (nicht teuer, nicht erfolgreich): every focus word is an adjective, no participle, that
	 * does not bear on a dass-clause (es ist nicht erforderlich, dass …). A sentence that names the thing without
	 * the property says nothing about the property, unlike one that tells of an event (nie stattgefunden) or a
	 * thing (kein Auto) the claim denies.
	 */
	private static boolean property(PolarityText claim, Clause clause, List<Integer> focus) {
		if (governsDass(claim, clause)) {
			return false;
		}
		for (int token : focus) {
			Word word = claim.words().get(token);
			if (!word.tag().equals("ADJ") || intensifier(claim, token)) {
				return false;
			}
			List<Reading> readings = GermanLexicon.german().readings(word.text());
			if (readings.stream().noneMatch(r -> r.tag().startsWith("ADJ"))
					|| readings.stream().anyMatch(r -> r.tag().contains("PA1") || r.tag().contains("PA2"))) {
				return false;
			}
		}
		return true;
	}

	/** A superlative after im that intensifies the negation (nicht im Geringsten). */
	private static boolean intensifier(PolarityText claim, int token) {
		return token > 0 && claim.words().get(token - 1).text().equalsIgnoreCase("im")
				&& claim.words().get(token).text().toLowerCase(Locale.GERMAN).endsWith("sten");
	}

	/**
	 * A denied attitude (hatte nicht erwartet, dass …; war nicht der Ansicht, dass …): nicht bears on a verb or
	 * noun whose clause governs a dass-clause, or the focus is such a verb. A sentence that states the dass-clause's
	 * content, without the attitude, does not state what the claim denies. A denied thing (keinen Beweis dafür, dass …;
	 * nie ein Zeichen, dass …) still is: a sentence telling of it states it.
	 */
	private static boolean attitude(PolarityText claim, Clause clause, int cue, List<Integer> focus) {
		boolean nicht = claim.words().get(cue).text().equalsIgnoreCase("nicht");
		return governsDass(claim, clause) && focus.stream().noneMatch(token -> claim.words().get(token).tag().equals("ADJ"))
				&& (nicht || focus.stream().anyMatch(token -> claim.words().get(token).tag().equals("VERB")));
	}

	/**
	 * Whether the sentence of the claim that holds the negation at {@code cue} is a question (Kommst du
	 * nicht? Rief sie.): a negated question asks, it denies nothing.
	 */
	private static boolean asks(PolarityText claim, int cue) {
		for (int i = cue + 1; i < claim.words().size(); i++) {
			String word = claim.words().get(i).text();
			if (word.equals("?")) {
				return true;
			}
			if (word.equals(".") || word.equals("!")) {
				return false;
			}
		}
		return false;
	}

	private static boolean governsDass(PolarityText claim, Clause clause) {
		return claim.clauses().stream().anyMatch(c -> c.governor() == clause.index() && c.kind() == ClauseKind.COMPLEMENT
				&& c.opener() >= 0 && claim.words().get(c.opener()).text().equalsIgnoreCase("dass"));
	}
}
