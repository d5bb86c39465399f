package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shares in words compare with shares: another share conflicts, the same share or one within a
 * bound supports; a percentage nearby, of something else, is not compared.
 */
class ShareTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("wald",
			"Wald\n\nIn Abschnitten mit Lianen wird nur rund ein Viertel der Kohlenstoffmenge aufgenommen.\n\n"
					+ "Bei der Wahl stimmten zwei Drittel der Mitglieder für den Antrag. "
					+ "Regenwälder binden rund 40 Prozent des Kohlenstoffs der Erde.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "wald");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherShareConflicts() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "In Abschnitten mit Lianen wird nur rund die Hälfte der Kohlenstoffmenge aufgenommen.");
	}

	@Test
	void theSameShareSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "In Abschnitten mit Lianen wird nur rund ein Viertel der Kohlenstoffmenge aufgenommen.");
	}

	@Test
	void aPercentageOfSomethingElseNearbyIsNotCompared() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Regenwälder binden rund 40 Prozent des Kohlenstoffs der Erde.");
	}

	@Test
	void aShareWithinTheClaimsBoundSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Bei der Wahl stimmte mehr als die Hälfte der Mitglieder für den Antrag.");
	}
}
