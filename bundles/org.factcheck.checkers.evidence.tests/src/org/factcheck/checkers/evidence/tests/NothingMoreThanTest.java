package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * A claim that says only (nur eine Momentaufnahme) is stated by a sentence that says nothing more
 * than (nicht mehr als eine Momentaufnahme): the phrase restricts as nur does.
 */
class NothingMoreThanTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tabelle", "Rapid an der Spitze\n\nDer Trainer betonte, dass die Tabellenführung nicht mehr als eine Momentaufnahme sei.\n",
			"gipfel", "Gipfel\n\nDer Minister betonte, dass das Treffen eine Momentaufnahme sei.\n"));

	@Test
	void nichtMehrAlsSaysOnly() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Trainer betonte, die Tabellenführung sei nur eine Momentaufnahme.", "tabelle");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aSentenceWithoutRestrictionDoesNotSayOnly() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Minister betonte, das Treffen sei nur eine Momentaufnahme.", "gipfel");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
