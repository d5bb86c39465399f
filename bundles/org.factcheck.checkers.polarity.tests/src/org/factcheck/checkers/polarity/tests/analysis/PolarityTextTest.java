package org.factcheck.checkers.polarity.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.checkers.polarity.analysis.ClauseNegation;
import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Negations, hedges and antonym-lexicon words found in real sentences. */
class PolarityTextTest {

	private static PolarityText analyze(String sentence) {
		return PolarityText.of(TextAnalyzer.german().analyze(sentence));
	}

	private static ClauseNegation negation(PolarityText text, int clause) {
		return text.negation(text.clauses().get(clause));
	}

	private static String word(PolarityText text, int token) {
		return text.words().get(token).text();
	}

	@Test
	void negationWordsOfEachClause() {
		PolarityText text = analyze("Obwohl keine präzisen Details veröffentlicht wurden, offenbart dies dennoch eine tiefer "
				+ "gehende Partnerschaft zwischen beiden Ländern.");
		assertEquals("keine", word(text, negation(text, 0).cues().get(0)));
		assertTrue(negation(text, 1).cues().isEmpty());
	}

	@Test
	void nichtNurKeinWunderAndSuperlativesAreNoNegations() {
		assertTrue(negation(analyze("Ein geleaktes Foto zeigt nicht nur das Ausehen des Geräts."), 0).cues().isEmpty());
		assertTrue(negation(analyze("Es ist kein Wunder, dass die Preise steigen."), 0).cues().isEmpty());
		assertTrue(negation(analyze("Noch nie seien in Klosterneuburg so viele Unterschriften gesammelt worden."), 0)
				.cues().isEmpty());
		assertTrue(negation(analyze("Kein Land hat mehr Flüchtlinge aus Syrien aufgenommen als die Türkei."), 0)
				.cues().isEmpty());
	}

	@Test
	void aRefusalNegatesItsZuInfinitiveNotItsOwnClause() {
		PolarityText text = analyze("Die Gemeinde lehnte es ab, den Spielplatz zu erneuern.");
		assertTrue(negation(text, 0).cues().isEmpty());
		assertEquals("lehnte", word(text, negation(text, 1).cues().get(0)));
		PolarityText negated = analyze("Die Gemeinde weigerte sich nicht, den Spielplatz zu erneuern.");
		assertTrue(negation(negated, 1).cues().isEmpty());
		PolarityText plans = analyze("Die Gemeinde lehnte die Pläne des Vereins ab, den Spielplatz zu erneuern.");
		assertTrue(plans.clauses().stream().allMatch(c -> plans.negation(c).cues().isEmpty()));
		PolarityText purpose = analyze("Die Gemeinde verzichtete auf ein Fest, um den Spielplatz zu erneuern.");
		assertTrue(purpose.clauses().stream().allMatch(c -> purpose.negation(c).cues().isEmpty()));
	}

	@Test
	void hedgedNegationIsPartial() {
		ClauseNegation negation = negation(analyze("Zumeist würden die Daten ohnehin nicht veröffentlicht."), 0);
		assertTrue(negation.partial());
		assertTrue(negation.hedged());
		ClauseNegation hardly = negation(analyze("Der US-Technologieriese konnte den Absatz kaum noch steigern."), 0);
		assertTrue(hardly.partial());
		assertTrue(hardly.partlyNegated());
		assertFalse(hardly.hedged());
	}

	/** A hedge denies nothing; a partial negation denies part of the statement. */
	@Test
	void hedgesAreNoPartialNegations() {
		ClauseNegation perhaps = negation(analyze("Der Bäcker öffnet vielleicht am Sonntag."), 0);
		assertTrue(perhaps.hedged());
		assertFalse(perhaps.partlyNegated());
		ClauseNegation notAll = negation(analyze("Nicht alle Bäcker öffnen am Sonntag."), 0);
		assertTrue(notAll.partlyNegated());
		assertFalse(notAll.hedged());
	}

	@Test
	void ohneNegatesTheNounAfterIt() {
		PolarityText text = analyze("Michael Raffl blieb aber ebenfalls ohne Scorerpunkt.");
		ClauseNegation negation = negation(text, 0);
		assertTrue(negation.cues().isEmpty());
		assertEquals("Scorerpunkt", word(text, negation.focused().get(0).noun()));
	}

	@Test
	void contrastiveNegationKnowsWhatItCorrects() {
		PolarityText text = analyze("Pröll habe nicht Mitterlehner, sondern Faymann angeschrien.");
		ClauseNegation negation = negation(text, 0);
		assertTrue(negation.isContrastive());
		assertTrue(negation.corrected().stream().anyMatch(token -> word(text, token).equals("Faymann")));
		assertFalse(negation.negated().stream().anyMatch(token -> word(text, token).equals("Faymann")));
	}

	@Test
	void compoundsAndSeparableVerbsAreFoundInTheAntonymLexicon() {
		PolarityText gain = analyze("Die SPÖ verzeichnete einen Stimmenzuwachs.");
		PolarityText loss = analyze("Die SPÖ verzeichnete einen Stimmenverlust.");
		List<Pole> gains = gain.poles(gain.clauses().get(0));
		List<Pole> losses = loss.poles(loss.clauses().get(0));
		assertTrue(gains.stream().anyMatch(g -> losses.stream().anyMatch(g::opposes)), gains + " / " + losses);
		PolarityText rejected = analyze("Den Vorschlag lehnte Platter kategorisch ab.");
		PolarityText approved = analyze("Platter stimmte dem Vorschlag zu.");
		Clause first = rejected.clauses().get(0);
		assertTrue(rejected.poles(first).stream()
				.anyMatch(r -> approved.poles(approved.clauses().get(0)).stream().anyMatch(r::opposes)));
	}

	/**
	 * The words of the antonym lexicon's entries, found through its index in every shape they take: a
	 * verb form, the head of a compound, an inflected adjective (in two pairs), a verb with its
	 * separated particle, a phrase whose verb stands apart (it starts at the verb).
	 */
	@Test
	void lexiconWordsAreFoundInEveryShape() {
		assertEquals(List.of("sanken", "Parlamentszustimmung", "starken", "starken", "lehnte", "zog"),
				poleWords(analyze("Die Preise sanken nach der Parlamentszustimmung trotz der starken Nachfrage, doch der Minister "
						+ "lehnte den Plan ab und zog ihn nicht mehr in Betracht.")));
	}

	private static List<String> poleWords(PolarityText text) {
		return text.clauses().stream().flatMap(clause -> text.poles(clause).stream()).map(pole -> word(text, pole.first()))
				.toList();
	}
}
