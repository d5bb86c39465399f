package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * A figure in a clause of its own that realises none of the claim's words, beside a clause with a
 * figure that does, is said of that clause's subject: it supports no claim of the other clause.
 */
class FigureOfAnotherClauseTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tabelle", "Tabelle\n\nDer Vorsprung des Tabellenführers auf den Zweiten beträgt sechs Punkte, "
					+ "die lange als Titelanwärter gehandelten Linzer liegen schon neun Punkte zurück.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "tabelle");
	}

	@Test
	void theOtherClausesFigureIsNoSupport() throws IOException {
		ClaimResult result = result("Der Vorsprung des Tabellenführers auf den Zweiten beträgt neun Punkte.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theClaimsClauseStillSupports() throws IOException {
		ClaimResult result = result("Der Vorsprung des Tabellenführers auf den Zweiten beträgt sechs Punkte.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
