package org.factcheck.checkers.names.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** A country's head of state is none of its ministers: Präsident for the country's Außenminister is another office. */
class HeadOfStateAndMinisterTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("grenze",
			"Grenzen\n\nUnterdessen drohte auch Kroatiens Außenminister Ivo Marić, die Grenzen des Landes zu schließen.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "grenze");
	}

	@Test
	void thePresidentForTheMinisterConflicts() throws IOException {
		ClaimResult result = verify("Kroatiens Präsident Ivo Marić drohte damit, die Grenzen des Landes zu schließen.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theMinisterSupports() throws IOException {
		ClaimResult result = verify("Kroatiens Außenminister Ivo Marić drohte damit, die Grenzen des Landes zu schließen.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
