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

/** The ordinal of a club's name (1. FC Köln) ranks nothing: no other ordinal contradicts it. */
class ClubNameOrdinalTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("runde",
			"Vorschau\n\nProgramm der 27. Runde: 1. FC Köln (Trainer Stöger) – Bayern München, Werder Bremen – Mainz 05.\n"));

	@Test
	void anotherOrdinalDoesNotContradictTheClubsName() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Peter Stöger trainiert den 1. FC Köln seit dem Sommer.", "runde");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}
}
