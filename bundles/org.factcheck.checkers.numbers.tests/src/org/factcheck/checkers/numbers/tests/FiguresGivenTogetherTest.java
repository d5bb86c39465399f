package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two figures a cited sentence gives together as the claim does (von 12,5 auf 14,2 Prozent, the
 * unit written once) identify the statement: another percentage in a sentence about something else
 * that shares more of the claim's words is no conflict. A sentence that names another person, the
 * claim's person standing only in the sentence before, gives that person's figures.
 */
class FiguresGivenTogetherTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"quote", "Quote\n\nDie Arbeitslosenquote stieg damit von 12,5 auf 14,2 Prozent. "
					+ "Der Anteil der Frauen unter den Arbeitslosen in Kärnten blieb mit 0,3 Prozent Veränderung fast gleich.\n",
			"rennen", "Rennen\n\nLisa Moser gewann am Sonntag den Riesentorlauf in Lienz. "
					+ "Moser fuhr im Finale noch ganz nach vorne. "
					+ "Nicht so gut lief es für ihre Zimmerkollegin Eva Gruber, die mit 98 und 97 Punkten sowohl nach dem ersten Durchgang "
					+ "als auch nach dem zweiten auf dem für sie enttäuschenden neunten Rang landete.\n"));

	@Test
	void twoFiguresGivenTogetherOutweighAnotherFigure() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Arbeitslosenquote der Frauen in Kärnten stieg von 12,5 auf 14,2 Prozent.", "quote");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		ClaimResult other = CHECKERS.verify(CORPUS.store(), "Die Arbeitslosenquote stieg von 12,5 auf 15,2 Prozent.", "quote");
		assertEquals(Verdict.CONFLICTING, other.verdictValue(), other.verdict().reason());
	}

	@Test
	void anotherPersonsSentenceGivesHerFigures() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Lisa Moser lag nach dem ersten Durchgang auf dem vierten Rang.", "rennen");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
