package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A home match (Heimspiel) and an away match (Auswärtsspiel) of the same team on the same day are opposites. */
class HomeAndAwayTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"liga", "Rapid an der Spitze\n\nAm Sonntag wartet auf Rapid das Auswärtsspiel gegen Altach.\n"));

	@Test
	void aHomeMatchConflictsWithAnAwayMatch() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Am Sonntag wartet auf Rapid das Heimspiel gegen Altach.", "liga");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theAwayMatchSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Am Sonntag wartet auf Rapid das Auswärtsspiel gegen Altach.", "liga");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
