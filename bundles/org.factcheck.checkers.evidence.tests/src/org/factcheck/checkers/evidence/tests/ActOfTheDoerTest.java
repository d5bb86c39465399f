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
 * A passive claim's verb after its doer (vom Stadtamt unterstützt) is no word a sentence merely leaves
 * out where it gives the same doer another participle (vom Stadtamt bekämpft).
 */
class ActOfTheDoerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"schutz", "Schutz\n\nFür die alte Mühle am Bach läuft inzwischen ein Verfahren zum Denkmalschutz, das in erster Instanz aber vom Stadtamt bekämpft worden sei, sagt der Verein.\n"));

	private static Verdict verdict(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "schutz").verdictValue();
	}

	@Test
	void anotherActOfTheDoerIsNotLeftOut() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict("Das Verfahren zum Denkmalschutz für die alte Mühle am Bach wird vom Stadtamt unterstützt."));
	}

	@Test
	void theDoersOwnActIsStated() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Das Verfahren zum Denkmalschutz für die alte Mühle am Bach wurde in erster Instanz vom Stadtamt bekämpft."));
	}
}
