package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deputy is not the one the claim names: Vize-Chefin does not realise Chefin. */
class DeputyRoleTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"hilfswerk", "Hilfswerk\n\nWenn im Norden wieder gekämpft wird, kommen tausende Menschen über die Grenze, so die Vize-Chefin des Hilfswerks in Malawi, Anna Berger.\n\n"
					+ "Der Vizepräsident des Vereins, Karl Huber, sammelt Spenden.\n"));

	private static Verdict verdict(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "hilfswerk").verdictValue();
	}

	@Test
	void theDeputyIsNotTheHead() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict("Anna Berger ist die Chefin des Hilfswerks in Malawi."));
		assertEquals(Verdict.UNSOURCED, verdict("Karl Huber ist der Präsident des Vereins."));
	}

	@Test
	void theDeputyIsStated() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Anna Berger ist die Vize-Chefin des Hilfswerks in Malawi."));
		assertEquals(Verdict.SUPPORTED, verdict("Karl Huber ist der Vizepräsident des Vereins."));
	}
}
