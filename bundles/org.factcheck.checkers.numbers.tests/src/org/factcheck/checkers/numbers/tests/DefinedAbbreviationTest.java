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
 * A sentence that names the claim's thing by the abbreviation its document introduces for it in
 * parentheses (die Verkehrspolizei (VPL) … die VPL) gives its figure for the same thing.
 */
class DefinedAbbreviationTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("kontrolle",
			"Kontrollen in Linz\n\nDer Leiter der städtischen Verkehrspolizei (VPL), Max Gruber, zog am Montag Bilanz. "
					+ "Am Wochenende habe die VPL rund 130 Fahrzeuge kontrolliert, erklärte Gruber.\n"));

	@Test
	void anotherFigureForTheAbbreviatedThingConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die städtische Verkehrspolizei hat am Wochenende rund 300 Fahrzeuge kontrolliert.",
				"kontrolle");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameFigureForTheAbbreviatedThingSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die städtische Verkehrspolizei hat am Wochenende rund 130 Fahrzeuge kontrolliert.",
				"kontrolle");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
