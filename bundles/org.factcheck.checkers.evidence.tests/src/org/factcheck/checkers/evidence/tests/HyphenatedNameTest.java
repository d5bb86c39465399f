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
 * A name written with a hyphen (Al-Kaida, al-Nusra) that the document never mentions is a doer the
 * claim brings in, never the one tolerated gap, though it shares a part with a name the sentence
 * gives (Al-Hasaka); one the document mentions is found as any other word. So is a compound whose
 * named first part the document never mentions (Moser-Hügel where it names the Brandl-Hügel).
 */
class HyphenatedNameTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"anschlag", "Anschlag\n\nDie Terrorgruppe Islamischer Staat bekannte sich am Dienstag zu dem Anschlag auf das Rathaus in der Stadt Al-Hasaka.\n\n"
					+ "Der Bürgermeister blieb unverletzt.\n",
			"grabung", "Grabung\n\nAuf dem Brandl-Hügel am Stadtrand begannen im Mai neue Grabungen. "
					+ "Dort haben Archäologen die Reste einer mehr als 800 Jahre alten Kapelle entdeckt.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		assertVerdict(expected, claim, "anschlag");
	}

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aHyphenatedNameTheDocumentNeverMentionsIsNoTolerableGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Al-Kaida bekannte sich am Dienstag zu dem Anschlag auf das Rathaus.");
	}

	@Test
	void aNameWithALowerCaseParticleIsAWordOfTheClaim() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Terrorgruppe al-Nusra bekannte sich am Dienstag zu dem Anschlag auf das Rathaus.");
	}

	@Test
	void aHyphenatedPlaceWhoseNamedPartTheDocumentNeverMentionsIsNoTolerableGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Archäologen haben auf dem Moser-Hügel die Reste einer über 800 Jahre alten Kapelle gefunden.",
				"grabung");
	}

	@Test
	void aHyphenatedPlaceTheDocumentNamesIsLeftToTheContext() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Archäologen haben auf dem Brandl-Hügel die Reste einer über 800 Jahre alten Kapelle gefunden.",
				"grabung");
	}

	@Test
	void aHyphenatedNameTheSentenceGivesSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Islamische Staat bekannte sich zu dem Anschlag auf das Rathaus in Al-Hasaka.");
	}
}
