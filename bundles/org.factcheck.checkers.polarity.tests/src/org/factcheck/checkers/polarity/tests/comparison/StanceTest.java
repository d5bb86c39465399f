package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Being for a thing is the opposite of being against it: a share of people für a project where the
 * source says gegen conflicts, though every other word is the same; so does fighting what the source
 * says someone supported (bekämpft / unterstützt), and welcoming what the source says someone regretted
 * (begrüßt / bedauert), and criticising what the source says someone defended (kritisiert / verteidigt).
 */
class StanceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"umfrage", "Umfrage\n\nLaut einer Umfrage des Instituts sind 64 Prozent der Grazer gegen den Bau der neuen Seilbahn.\n",
			"verein", "Verein\n\nIm Mittelpunkt steht der Bürgerverein Nordstadt, der den Bau der Umfahrung unterstützt hatte.\n",
			"kammer", "Kammer\n\nIn Wien hat bereits die Ärztekammer die Reform der Ausbildung bedauert, nun sorgt sie auch in den Spitälern für Unmut.\n",
			"minister", "Minister\n\nBei seinen Gesprächen in Rom verteidigte der Minister auch das Abkommen mit den Nachbarstaaten.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "umfrage");
	}

	@Test
	void forWhereTheSourceSaysAgainstConflicts() throws IOException {
		ClaimResult result = verify("Laut einer Umfrage des Instituts sind 64 Prozent der Grazer für den Bau der neuen Seilbahn.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void againstAsTheSourceIsSupported() throws IOException {
		ClaimResult result = verify("Laut einer Umfrage des Instituts sind 64 Prozent der Grazer gegen den Bau der neuen Seilbahn.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.findings().toString());
	}

	@Test
	void foughtWhereTheSourceSaysSupportedConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Bürgerverein Nordstadt hatte den Bau der Umfahrung bekämpft.", "verein");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void welcomedWhereTheSourceSaysRegrettedConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Ärztekammer hat die Reform der Ausbildung begrüßt.", "kammer");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void criticisedWhereTheSourceSaysDefendedConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Minister kritisierte in Rom das Abkommen mit den Nachbarstaaten.", "minister");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
