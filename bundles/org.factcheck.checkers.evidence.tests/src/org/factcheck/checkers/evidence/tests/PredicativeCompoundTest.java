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
 * A compound the claim predicates of a thing (ist ein Ferienhaus) is not stated by a sentence that names
 * the thing by the compound's head alone (das Haus): the sentence says what the thing is called, not
 * what the claim says it is.
 */
class PredicativeCompoundTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("haus", "Waldrand\n\nDas Haus am Waldrand wird im Sommer an Gäste vermietet.\n"));

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theThingsOwnNameDoesNotStateWhatItIs() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Das Haus am Waldrand ist ein Ferienhaus.", "haus");
	}

	@Test
	void whatTheSentenceSaysOfItIsStillStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Das Haus am Waldrand wird im Sommer an Gäste vermietet.", "haus");
	}
}
