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

/** The reflexive befinden says where something is, as sein does: a sentence that places it there after the same preposition states it. */
class LocativeCopulaTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"telefon", "Telefon\n\nDu musst Maria Huber in Graz anrufen, sie ist dort im Büro.\n",
			"gericht", "Gericht\n\nDas Gericht prüfte den neuen Plan der Stadt.\n",
			"reise", "Reise\n\nMaria Huber fuhr gestern von Graz nach Linz.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void befindetSichSaysWhereAsSeinDoes() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Maria Huber befindet sich in Graz.", "telefon");
	}

	@Test
	void anotherPlaceIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Maria Huber befindet sich in Linz.", "telefon");
	}

	@Test
	void thePlaceAfterAnotherPrepositionIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Maria Huber befindet sich in Linz.", "reise");
	}

	@Test
	void befindenWithoutReflexiveJudges() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Das Gericht befand den neuen Plan der Stadt für rechtens.", "gericht");
	}
}
