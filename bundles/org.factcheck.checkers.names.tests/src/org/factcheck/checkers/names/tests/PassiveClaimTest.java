package org.factcheck.checkers.names.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * A claim in the passive after a modal (soll … von der Stadtregierung begonnen werden) has its
 * patient as subject: the active sentence (Die Stadtregierung will den Bau beginnen) does not
 * credit the act to someone else the other way round.
 */
class PassiveClaimTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"bruecke", "Brücke\n\nDie Stadtregierung will den Bau der Brücke im kommenden Herbst beginnen.\n"));

	@Test
	void aPassiveClaimIsNoRoleReversal() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Im kommenden Herbst soll der Bau der Brücke von der Stadtregierung begonnen werden.", "bruecke");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
