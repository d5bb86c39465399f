package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A relative clause on a definite noun phrase states what it says even where a negation denies the
 * clause it belongs to (keine Hinweise, dass er in dem Hotel wohnte, in dem der Minister verhaftet
 * worden ist): a claim denying it conflicts. A relative clause on an indefinite noun phrase under the
 * negation (dass es ein Hotel gab, in dem …) states nothing.
 */
class PresupposedRelativeTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("definit", "Die Ermittler fanden keine Hinweise darauf, dass der Schmuggler in dem Hotel wohnte, "
				+ "in dem der Minister verhaftet worden ist.");
		documents.put("indefinit", "Die Ermittler fanden keine Hinweise darauf, dass es ein Hotel gab, "
				+ "in dem der Minister verhaftet worden ist.");
		return documents;
	}

	@Test
	void aClaimDenyingARelativeClauseOnADefiniteNounConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Minister wurde nie verhaftet.", "definit");
		PolarityRules.assertPolarityConflict(result, "without the negation");
	}

	@Test
	void aRelativeClauseOnAnIndefiniteNounUnderTheNegationStatesNothing() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Minister wurde nie verhaftet.", "indefinit");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
