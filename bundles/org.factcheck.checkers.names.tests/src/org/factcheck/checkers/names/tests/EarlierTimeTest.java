package org.factcheck.checkers.names.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A claim about an earlier time (war zuvor Botschafterin in Paris) is not contradicted by another
 * city the sentence gives for the present (britische Botschafterin in Wien); a claim about the
 * present is.
 */
class EarlierTimeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("empfang",
			"Empfang\n\nVor den Folgen eines Austritts warnt auch Anna Berger, britische Botschafterin in Wien.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "empfang");
	}

	@Test
	void anotherCityOfThePresentDoesNotContradictAnEarlierOne() throws IOException {
		ClaimResult result = verify("Anna Berger war zuvor britische Botschafterin in Paris.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherCityOfThePresentContradictsAPresentOne() throws IOException {
		ClaimResult result = verify("Anna Berger ist britische Botschafterin in Paris.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
