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
 * A sentence that gives the claim's words only in a prepositional phrase (nach dem Heimspiel
 * zwischen Rapid und Sturm) mentions the match as the time of something else: it does not state
 * what the claim's verb says of it.
 */
class PrepositionalMentionTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("derby",
			"Nach dem Derby\n\nNach dem Heimspiel zwischen Rapid und Sturm gab der Trainer am Sonntagabend ein langes Interview.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "derby");
	}

	@Test
	void theMatchMentionedInAPhraseIsNotSaidToBeWon() throws IOException {
		ClaimResult result = verify("Rapid gewann das Heimspiel gegen Sturm.");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void whatTheSentenceSaysOfItsSubjectIsStated() throws IOException {
		ClaimResult result = verify("Der Trainer gab nach dem Heimspiel zwischen Rapid und Sturm ein Interview.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
