package org.factcheck.checkers.numbers.tests;

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
 * A number that only labels the noun before it (Abbildung 4, Tabelle 2) is no figure: the same label
 * in a sentence that says something else of it does not support the claim, while a counted figure still
 * does.
 */
class LabelNumberTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("bericht",
			"Jahresbericht\n\nAbbildung 4 zeigt die Ausgaben der Gemeinde für Schulen und Kindergärten. "
					+ "Die Gemeinde beschäftigt 120 Mitarbeiter.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "bericht");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameLabelDoesNotSupportWhatTheSentenceDoesNotSay() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "In Abbildung 4 werden die Einnahmen verglichen.");
	}

	@Test
	void aCountedFigureStillSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Gemeinde hat 120 Mitarbeiter.");
	}
}
