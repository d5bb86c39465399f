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
 * A claim's verb with a zu-infinitive (empfiehlt, die Holding aufzulösen) says what was done about
 * the infinitive's act: a sentence that gives the act without that verb does not state the claim.
 */
class InfinitiveComplementTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("pruefung",
			"Prüfung\n\nDer Landesrechnungshof prüfte im Herbst die Kreditvergaben der Holding in Eisenstadt.\n", "empfehlung",
			"Empfehlung\n\nDer Landesrechnungshof empfiehlt, die Kreditvergaben der Holding in Eisenstadt zu beenden.\n"));

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theActWithoutTheVerbThatGovernsItIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Landesrechnungshof empfiehlt, im Herbst die Kreditvergaben der Holding in Eisenstadt zu prüfen.",
				"pruefung");
	}

	@Test
	void theVerbWithoutItsInfinitiveIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Landesrechnungshof empfiehlt, die Kreditvergaben der Holding in Eisenstadt zu prüfen.",
				"empfehlung");
	}

	@Test
	void theVerbWithItsInfinitiveIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Landesrechnungshof empfiehlt, die Kreditvergaben der Holding in Eisenstadt zu beenden.",
				"empfehlung");
	}
}
