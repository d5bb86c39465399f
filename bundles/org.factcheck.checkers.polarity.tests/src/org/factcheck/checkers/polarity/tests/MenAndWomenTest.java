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

/**
 * Men (Männer) and women (Frauen) in the same place of the same statement are opposites, though the
 * thesaurus puts both under Person and, through Typ, one under the other.
 */
class MenAndWomenTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"hilfe", "Hilfe für Dörfer\n\nIn den Dörfern verteilt der Verein die Saatgutpakete immer an die Frauen der Familien.\n"));

	@Test
	void menInPlaceOfWomenConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "In den Dörfern verteilt der Verein die Saatgutpakete immer an die Männer der Familien.",
				"hilfe");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theWomenSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "In den Dörfern verteilt der Verein die Saatgutpakete immer an die Frauen der Familien.",
				"hilfe");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
