package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;

/**
 * What the tests of the contradiction rules share: the evidence and polarity checkers together,
 * sources of one hand-written sentence each, and the assertion that the polarity checker decides a
 * conflict.
 */
final class PolarityRules {

	private PolarityRules() {
	}

	/** The evidence checker and the polarity checker, as the product runs them together. */
	static CheckerHarness checkers() {
		return CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new).and(PolarityChecker.ID, PolarityChecker::new);
	}

	/** A corpus with one document per entry, its text the entry's sentence under a title line. */
	static HandWrittenCorpus oneSentenceSources(Map<String, String> sentences) {
		Map<String, String> documents = new LinkedHashMap<>(sentences);
		documents.replaceAll((id, sentence) -> "Meldung\n\n" + sentence + "\n");
		return HandWrittenCorpus.of(documents);
	}

	/** Asserts the claim conflicting, decided by the polarity checker with a message containing {@code message}. */
	static Finding assertPolarityConflict(ClaimResult result, String message) {
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
		Finding finding = result.verdict().deciding().orElseThrow();
		assertEquals(PolarityChecker.ID, finding.checkerId(), finding.message());
		assertTrue(finding.message().contains(message), finding.message());
		return finding;
	}
}
