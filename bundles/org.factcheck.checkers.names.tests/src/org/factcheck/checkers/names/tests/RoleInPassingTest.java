package org.factcheck.checkers.names.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.names.NameChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A role the claim names only in passing ({@code seinen Rückzug als Bürgermeister}) is not what it
 * states: that another document names the person in that role does not support a claim whose other
 * words (kündigte … Rückzug an) no sentence states. A claim that only states the role, with a role
 * verb between the name and {@code als} (X amtiert als Bürgermeister), is still supported.
 */
class RoleInPassingTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("bibliothek",
			"Bibliothek\n\nBürgermeister Anton Weber eröffnete am Montag die neue Stadtbibliothek am Marktplatz.\n",
			"budget",
			"Budget\n\nDer Gemeinderat beschloss nach langer Debatte das Budget für das kommende Jahr.\n"));

	private static boolean namesSupport(ClaimResult result) {
		return result.findings().stream().anyMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.SUPPORTED);
	}

	@Test
	void aRoleNamedInPassingDoesNotSupportWhatNoSentenceStates() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Anton Weber kündigte nach der Debatte seinen Rückzug als Bürgermeister an.", "budget");
		assertTrue(!namesSupport(result), result.findings().toString());
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aClaimThatOnlyStatesTheRoleIsStillSupported() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Anton Weber amtiert als Bürgermeister.", "bibliothek");
		assertTrue(namesSupport(result), result.findings().toString());
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
