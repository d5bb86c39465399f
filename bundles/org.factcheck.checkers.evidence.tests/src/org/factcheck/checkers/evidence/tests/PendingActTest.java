package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A passage that gives the claim's act as still to come (Es bleibt nur noch die Zustimmung des
 * Stadtrats) does not support a claim that it is done, though it has every word of it.
 */
class PendingActTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"plan", "Bebauungsplan\n\nDer neue Bebauungsplan für das Bahnhofsviertel liegt seit Dienstag vor. "
					+ "Für den neuen Bebauungsplan bleibt nur noch die Zustimmung des Stadtrats, die als Formsache gilt.\n",
			"ampel", "Ampel\n\nDer Stadtrat hat der neuen Ampel an der Schulstraße am Dienstag zugestimmt.\n"));

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aPendingApprovalDoesNotSupportADoneOne() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Stadtrat hat dem neuen Bebauungsplan bereits zugestimmt.", "plan");
	}

	@Test
	void aDoneApprovalSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Stadtrat hat der neuen Ampel an der Schulstraße zugestimmt.", "ampel");
	}
}
