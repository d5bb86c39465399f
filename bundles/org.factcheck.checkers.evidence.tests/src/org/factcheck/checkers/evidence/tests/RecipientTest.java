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
 * To whom the claim's act goes (an die Landesbank zahlen, an den Verein verkaufen) is part of what
 * it says: a sentence silent on the recipient does not state it, even where a sentence before it
 * names the recipient for something else.
 */
class RecipientTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("grund",
			"Grundstück\n\nDer Verein hatte das Grundstück an der Donau lange gepachtet.\n"
					+ "Im Frühjahr verkaufte die Gemeinde das Grundstück an der Donau.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "grund");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aRecipientTheSentenceDoesNotNameIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Gemeinde verkaufte das Grundstück an der Donau an den Verein.");
	}

	@Test
	void withoutTheRecipientTheClaimIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Gemeinde verkaufte im Frühjahr das Grundstück an der Donau.");
	}
}
