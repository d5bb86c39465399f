package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence that gives the claim's words only in a participle attribute with another participle
 * (der im Umweltministerium angesiedelten Klimakommission) says that participle of them: the claim's
 * verb (aufgelöst) is no word it merely leaves unsaid.
 */
class ParticipleAttributeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"kommission", "Kommission\n\nDie Regierung will die Arbeit der im Umweltministerium angesiedelten Klimakommission bis zum Sommer prüfen lassen.\n"));

	private static Verdict verdict(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "kommission").verdictValue();
	}

	@Test
	void anotherParticipleInTheAttributeIsNotLeftOut() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict("Die Klimakommission ist im Umweltministerium aufgelöst worden."));
	}

	@Test
	void theAttributesOwnParticipleIsStated() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Die Klimakommission ist im Umweltministerium angesiedelt."));
	}
}
