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

/** A role the source gives as held earlier (der ehemalige Minister) does not state that it is held now. */
class EarlierStateTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("abhoeren",
			"Überwachung\n\nAbgehört wurden der ehemalige Kanzleramtschef Ronald Pofalla und Fraktionschef Volker Kauder.\n",
			"kasse", "Kassensystem\n\nÜberraschend wechselt die Bäckerei Huber beim Kassensystem von Lexware auf Sage.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		assertVerdict(expected, claim, "abhoeren");
	}

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void whatSomethingSwitchesFromIsNotWhatItUses() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Bäckerei Huber nutzt beim Kassensystem Lexware.", "kasse");
	}

	@Test
	void theSwitchItselfIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Bäckerei Huber wechselt beim Kassensystem von Lexware auf Sage.", "kasse");
	}

	@Test
	void aRoleHeldEarlierDoesNotStateTheRoleNow() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Ronald Pofalla ist Kanzleramtschef.");
	}

	@Test
	void aClaimSpeakingOfTheEarlierRoleIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Ronald Pofalla war Kanzleramtschef.");
		assertVerdict(Verdict.SUPPORTED, "Der ehemalige Kanzleramtschef Ronald Pofalla wurde abgehört.");
	}

	@Test
	void aRoleWithoutMarkIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Volker Kauder ist Fraktionschef.");
	}
}
