package org.factcheck.checkers.names.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.deciding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.names.NameChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A source that gives every word a claim reports but introduces them with another named speaker
 * conflicts: the claim credits the words to the wrong person. The speaker the source names is
 * supported, and so is the person named before where the source calls the speaker by their country
 * (erklärte der Schweizer).
 */
class AnotherSpeakerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("schule",
			"Schule\n\nDer Leiter des Bauamts der Gemeinde, Paul Huber, erklärte, dass die neue Volksschule am Ortsrand im Herbst fertig werde. "
					+ "Eva Lang lobte die Baufirma für die pünktliche Arbeit.\n",
			"kader", "Kader\n\nTeamchef Marcel Brunner setzt bei der Nominierung auf Kontinuität. "
					+ "Wir bleiben unserer Linie treu, erklärte der Schweizer.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "schule");
	}

	@Test
	void wordsCreditedToAnotherSpeakerConflict() throws IOException {
		ClaimResult result = verify("Eva Lang erklärte, die neue Volksschule am Ortsrand werde im Herbst fertig.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(NameChecker.ID, deciding(result).checkerId());
	}

	@Test
	void theSpeakerTheSourceNamesIsSupported() throws IOException {
		ClaimResult result = verify("Paul Huber erklärte, die neue Volksschule am Ortsrand werde im Herbst fertig.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aSpeakerNamedByTheirCountryIsNoOtherSpeaker() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Marcel Brunner erklärte: Wir bleiben unserer Linie treu.", "kader");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
