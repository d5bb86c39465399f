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
 * A claim's place must be the place of its act: a sentence that puts the act in another place does
 * not state it, even where the next sentence or the sentence before names the claim's place for
 * something else; nor does a sentence that gives another name right after the words the claim
 * shares with it (die Volkshilfe Hartberg for die Volkshilfe Weiz, Turbinen an Ungarn for Turbinen
 * an Rumänien).
 */
class AnotherPlaceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"reise", "Reise\n\nDie Ministerin eröffnete in Linz eine Ausstellung über die Geschichte der Eisenbahn. "
					+ "Danach fuhr sie nach Salzburg weiter.\n",
			"wahl", "Wahl\n\nIn Graz wird im Herbst ein neuer Gemeinderat gewählt. "
					+ "Der Bürgermeister eröffnete in Leoben ein Museum für Bergbau.\n",
			"ball", "Ball\n\nDer Verein spendet den Erlös des Balls an die Volkshilfe Hartberg. "
					+ "Der Ball fand im Stadtsaal von Weiz statt.\n",
			"turbinen", "Turbinen\n\nDie Firma Stahlwerk liefert seit Jahren Turbinen an Ungarn. "
					+ "Ihr Chef sprach am Montag auch über Rumänien.\n",
			"transfer", "Transfer\n\nDie Fortuna aus Düsseldorf sucht einen neuen Kapitän. Der Verteidiger von Slavia Prag gilt bei "
					+ "der Fortuna als möglicher Nachfolger des nach Hamburg wechselnden Kapitäns Jonas Hofer.\n",
			"wechsel", "Wechsel\n\nDas Interesse von Fortuna Düsseldorf an Lukas Brandner ist groß. Der Verteidiger von Slavia Prag gilt "
					+ "in Düsseldorf als möglicher Nachfolger des zu Eintracht Hamburg wechselnden Kapitäns Jonas Hofer.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void thePlaceOfTheNextSentenceIsNotThePlaceOfTheAct() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Ministerin eröffnete in Salzburg eine Ausstellung über die Geschichte der Eisenbahn.");
		assertVerdict(Verdict.SUPPORTED, "Die Ministerin eröffnete in Linz eine Ausstellung über die Geschichte der Eisenbahn.");
	}

	@Test
	void thePlaceOfTheSentenceBeforeIsNotThePlaceOfTheAct() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Bürgermeister eröffnete in Graz ein Museum für Bergbau.");
		assertVerdict(Verdict.SUPPORTED, "Der Bürgermeister eröffnete in Leoben ein Museum für Bergbau.");
	}

	@Test
	void anotherNameAfterTheSameNounIsNoToleratedGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Verein spendet den Erlös des Balls an die Volkshilfe Weiz.");
		assertVerdict(Verdict.SUPPORTED, "Der Verein spendet den Erlös des Balls an die Volkshilfe Hartberg.");
	}

	@Test
	void anotherNameAfterTheSamePrepositionIsNoToleratedGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Firma Stahlwerk liefert seit Jahren Turbinen an Rumänien.");
		assertVerdict(Verdict.SUPPORTED, "Die Firma Stahlwerk liefert seit Jahren Turbinen an Ungarn.");
	}

	@Test
	void anotherDestinationOfTheActIsNotTheClaims() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Jonas Hofer wechselt zu Fortuna Düsseldorf.");
	}

	@Test
	void anotherDestinationAfterZuIsNotTheClaimsDestination() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Jonas Hofer wechselt zu Fortuna Düsseldorf.", "wechsel");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}
}
