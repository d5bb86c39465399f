package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A noun compound that opens with a spelled number and a unit of time (Zweijahresvertrag) gives
 * that duration of what its head names: another number in the same compound (Dreijahresvertrag)
 * conflicts, an age (23-jährig) is no such duration.
 */
class CompoundNounDurationTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("transfer",
			"Transfer\n\nDer SV Ried holt den Stürmer Ilija Markovic. Der 23-Jährige wechselt vom VfR Aalen nach Oberösterreich. Er erhielt beim SV Ried einen Zweijahresvertrag.\n"));

	private static Verdict verdict(String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "transfer");
		return result.verdictValue();
	}

	@Test
	void anotherNumberInTheCompoundConflicts() throws IOException {
		assertEquals(Verdict.CONFLICTING, verdict("Der Stürmer Ilija Markovic erhielt beim SV Ried einen Dreijahresvertrag."));
	}

	@Test
	void anAgeIsNoDurationOfTheCompound() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Der 23-jährige Markovic wechselt vom VfR Aalen nach Oberösterreich."));
	}
}
