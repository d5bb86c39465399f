package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A source published on or after a claim's asof date that gives the claim's act as still to come
 * (Es bleibt nur noch die Zustimmung des Stadtrats) contradicts the claim that it was done by then;
 * an earlier source does not (the act may have followed).
 */
class PendingActTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("plan",
			"Bebauungsplan für das Bahnhofsviertel\n\n12.03.2024\n\nDer neue Bebauungsplan für das Bahnhofsviertel liegt seit Dienstag vor. "
					+ "Für den neuen Bebauungsplan bleibt nur noch die Zustimmung des Stadtrats, die als Formsache gilt.\n"));

	private static Verdict verdict(LocalDate asOf) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Stadtrat hat dem neuen Bebauungsplan bereits zugestimmt.", asOf,
				"plan");
		return result.verdictValue();
	}

	@Test
	void aSourceOnOrAfterTheDateGivingItAsPendingContradicts() throws IOException {
		assertEquals(Verdict.CONFLICTING, verdict(LocalDate.of(2024, 3, 12)));
		assertEquals(Verdict.CONFLICTING, verdict(LocalDate.of(2024, 3, 1)));
	}

	@Test
	void anEarlierSourceDoesNotSayWhetherItWasDoneLater() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict(LocalDate.of(2024, 6, 1)));
	}
}
