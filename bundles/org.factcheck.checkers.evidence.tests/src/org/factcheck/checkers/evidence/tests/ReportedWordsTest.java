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
 * Who said it and what was done with words: reported words that a source gives to another named
 * speaker (also when the claim's speaker stands in the next sentence) do not state the claim, and a
 * verb of saying that takes an object (bekräftigte ihre Haltung) is the claim's act, which the
 * source must realise like any other verb.
 */
class ReportedWordsTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"schule", "Schule\n\nStadtrat Paul Huber erklärte, dass die neue Volksschule am Ortsrand im Herbst fertig werde. "
					+ "Bürgermeisterin Eva Lang lobte die Baufirma für die pünktliche Arbeit.\n",
			"umfahrung", "Umfahrung\n\nNach dem Urteil des Gerichts überdenkt die Landesregierung ihre Haltung zum Bau der Umfahrung. "
					+ "Die Anrainer hatten gegen das Projekt geklagt.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void wordsOfAnotherSpeakerDoNotStateTheClaim() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Bürgermeisterin Eva Lang erklärte, die neue Volksschule am Ortsrand werde im Herbst fertig.", "schule");
	}

	@Test
	void theSpeakersOwnWordsStateIt() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Stadtrat Paul Huber erklärte, die neue Volksschule am Ortsrand werde im Herbst fertig.", "schule");
	}

	@Test
	void aVerbOfSayingWithAnObjectIsTheClaimsAct() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Nach dem Urteil des Gerichts bekräftigte die Landesregierung ihre Haltung zum Bau der Umfahrung.", "umfahrung");
	}

	@Test
	void theSourcesOwnActStatesIt() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Nach dem Urteil des Gerichts überdenkt die Landesregierung ihre Haltung zum Bau der Umfahrung.", "umfahrung");
	}
}
