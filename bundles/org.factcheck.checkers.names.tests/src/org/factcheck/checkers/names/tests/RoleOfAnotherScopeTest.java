package org.factcheck.checkers.names.tests;

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
 * A mention leaving the role's party open does not support the claim's party where the text names
 * the person in that role for another party.
 */
class RoleOfAnotherScopeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("wahl",
			"Wahl\n\nAuch die Liste will für die Stadträtin der größten Fraktion, Eva Gruber, votieren. Die NEOS-Stadträtin Eva Gruber wird Vizebürgermeisterin von Linz.\n",
			"feier", "Feier\n\nAuch die Liste will für die Stadträtin der größten Fraktion, Eva Gruber, votieren.\n"));

	@Test
	void theRoleForAnotherPartyKeepsAnOpenMentionFromSupporting() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Eva Gruber ist Stadträtin der SPÖ.", "wahl");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.SUPPORTED),
				result.findings().toString());
	}

	@Test
	void theRoleWithoutAPartyIsStillSupported() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Eva Gruber ist Stadträtin.", "wahl");
		assertTrue(result.findings().stream().anyMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.SUPPORTED),
				result.findings().toString());
	}
}
