package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.dates.MonthNames;
import org.factcheck.text.numbers.TimeSpans;
import org.factcheck.text.tokens.Token;

/**
 * A prepositional phrase that closes the claim's main clause, as an adverbial or object of its verb
 * (not after a noun, which {@code Stating} judges as saying which ones), whose words the sentence's
 * document never gives: {@code Er starb an einer Lungenentzündung} where the source says only that
 * he died. The claim adds a detail at its end that the source does not give (a cause, a place, a
 * topic), and a word of it is never the gap a stating sentence may leave. Only in the main clause
 * (no comma or subordinating conjunction before the phrase): a detail of a condition or a subordinate
 * clause is not what the claim asserts.
 * <p>
 * Two kinds of closing phrase stay a tolerated gap. A phrase of time ({@code zur Pause}, {@code in der
 * zweiten Halbzeit}, {@code am Sonntag}): it places the statement in time rather than adding to what
 * it says, and the dates checker judges the dates and figures in it. And a phrase coordinated with one
 * the source gives ({@code zum Flughafen und zur Messe}): the claim lists one more item of a thing the
 * source states.
 */
public final class ClosingDetail {

	/** Word classes that may follow the closing phrase in its clause: verbs, zu, punctuation. */
	private static final Set<String> AFTER = Set.of("VERB", "AUX", "PART", "PUNCT");

	/** Word classes within the phrase between its preposition and its noun. */
	private static final Set<String> WITHIN = Set.of("DET", "ADJ", "NUM", "ADV", "PRON");

	/** Nouns of time besides the units of time, weekdays, months and seasons ({@link Specifics}). */
	private static final Set<String> TIME_NOUNS = Set.of("pause", "halbzeit", "saison", "spielzeit", "verlängerung",
			"nachspielzeit", "zeit", "zeitpunkt", "beginn", "anfang", "ende", "schluss", "auftakt", "start", "mitte",
			"feiertag", "feiertagen", "ferien", "jahrhundert", "jahrzehnt", "jahrzehnten", "zukunft", "vergangenheit",
			"moment", "augenblick", "uhr", "frühe", "jahreswechsel", "jahresende", "jahresbeginn", "wochenmitte",
			"morgen", "abend", "nacht", "mittag", "vormittag", "nachmittag", "zeiten", "tagen", "wochen", "monaten",
			"jahren", "stunden", "minuten", "sekunden");

	/** Heads that make a compound a word of time (Winterpause, Amtszeit, Sommerferien, Jahresmitte). */
	private static final List<String> TIME_HEADS = List.of("pause", "zeit", "ferien", "saison", "halbzeit", "mitte",
			"beginn", "ende", "anfang", "jahr", "jahres", "woche", "wochen", "monat", "monats", "nacht", "abend");

	private ClosingDetail() {
	}

	/**
	 * Whether the claim's unrealised word {@code gap} stands in a prepositional phrase that closes the
	 * claim's main clause, none of whose nouns, names and adjectives the sentence's document mentions,
	 * and which is neither a phrase of time nor coordinated with a phrase whose noun the document gives.
	 */
	public static boolean adds(ClaimEvidence evidence, AlignedSentence sentence, Term gap) {
		if (gap.kind() != TermKind.NOUN && gap.kind() != TermKind.NAME) {
			return false;
		}
		AnalyzedText claim = evidence.claim();
		List<String> tags = claim.tags();
		int preposition = gap.index() - 1;
		while (preposition >= 0 && WITHIN.contains(tags.get(preposition))) {
			preposition--;
		}
		if (preposition <= 0 || !tags.get(preposition).startsWith("ADP")) {
			return false;
		}
		String before = tags.get(preposition - 1);
		if (before.equals("NOUN") || before.equals("PROPN") || before.startsWith("ADP")) {
			return false;
		}
		if (before.equals("CCONJ") && coordinatedWithGiven(evidence, sentence, preposition - 1)) {
			return false;
		}
		for (int i = 0; i < preposition; i++) {
			if (tags.get(i).equals("PUNCT") || tags.get(i).equals("SCONJ")) {
				return false;
			}
		}
		int last = gap.index();
		while (last + 1 < tags.size() && (tags.get(last + 1).equals("NOUN") || tags.get(last + 1).equals("PROPN"))) {
			last++;
		}
		for (int i = last + 1; i < tags.size(); i++) {
			if (!AFTER.contains(tags.get(i))) {
				return false;
			}
		}
		int from = preposition;
		int to = last;
		if (ofTime(claim, from, to)) {
			return false;
		}
		return claim.terms().stream().filter(term -> term.index() >= from && term.index() <= to
				&& (term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME || term.kind() == TermKind.ADJECTIVE))
				.noneMatch(term -> evidence.mentions(sentence.documentId(), term));
	}

	/**
	 * Whether the conjunction at {@code conjunction} follows a noun or name the document gives: the
	 * closing phrase is coordinated with a phrase the source states.
	 */
	private static boolean coordinatedWithGiven(ClaimEvidence evidence, AlignedSentence sentence, int conjunction) {
		int noun = conjunction - 1;
		return noun >= 0 && evidence.claim().terms().stream().anyMatch(term -> term.index() == noun
				&& (term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME) && evidence.mentions(sentence.documentId(), term));
	}

	/**
	 * Whether the claim's words from {@code from} to {@code to} make a phrase of time: a figure, a
	 * date or a word the dates checker reads (a month, a weekday, a unit of time), or a noun of time.
	 */
	private static boolean ofTime(AnalyzedText claim, int from, int to) {
		List<Token> tokens = claim.tokens();
		List<String> tags = claim.tags();
		int start = tokens.get(from).start();
		int end = tokens.get(to).end();
		if (claim.dates().stream().anyMatch(date -> date.start() < end && date.end() > start)) {
			return true;
		}
		for (int i = from; i <= to; i++) {
			String word = tokens.get(i).text().toLowerCase(Locale.GERMAN);
			if (tags.get(i).equals("NUM") || word.chars().anyMatch(Character::isDigit)
					|| MonthNames.german().month(tokens.get(i).text()) != null || TimeSpans.namesUnit(word) || TIME_NOUNS.contains(word)) {
				return true;
			}
		}
		for (Term term : claim.terms()) {
			if (term.index() < from || term.index() > to) {
				continue;
			}
			String word = term.text().toLowerCase(Locale.GERMAN);
			if (Specifics.pinsDown(term) || term.kind() == TermKind.NOUN && TIME_HEADS.stream().anyMatch(word::endsWith)) {
				return true;
			}
		}
		return false;
	}
}
