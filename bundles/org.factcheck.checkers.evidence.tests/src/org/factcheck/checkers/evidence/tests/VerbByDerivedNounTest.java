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
 * A claim's verb said by an -ung noun made from it or from a synonym of it (verhört / Vernehmung,
 * prüft / Prüfung): the claim is stated where all its other elements are there, not where one is
 * missing, since the noun does not say who did the act.
 */
class VerbByDerivedNounTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"protokoll", "Gericht\n\nDas Protokoll der Vernehmung des Fahrers aus Graz liegt dem Gericht vor.\n",
			"gesandter", "Diplomatie\n\nDer Präsident sagte, man bereite die Entsendung eines Gesandten nach Wien vor.\n",
			"bericht", "Prüfbericht\n\nErst nach der Auszahlung begann die Prüfung der Förderanträge der Stadtwerke.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theNounOfASynonymStatesTheVerb() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Fahrer wurde vernommen.", "protokoll");
		assertVerdict(Verdict.SUPPORTED, "Der Fahrer wurde verhört.", "protokoll");
	}

	@Test
	void theVerbsOwnNounLeavesTheDoerUnsaidToo() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Staatsanwaltschaft prüft die Förderanträge der Stadtwerke.", "bericht");
		assertVerdict(Verdict.SUPPORTED, "Die Förderanträge der Stadtwerke wurden nach der Auszahlung geprüft.", "bericht");
	}

	@Test
	void notWhereAnotherElementOfTheClaimIsMissing() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Regierung hat einen Gesandten nach Wien geschickt.", "gesandter");
	}
}
