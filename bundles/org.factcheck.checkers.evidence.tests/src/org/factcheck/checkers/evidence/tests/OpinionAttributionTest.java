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
 * The noun of a phrase attributing the claim to someone (nach Ansicht Brauns) says whose statement
 * it is, like a verb of saying: a sentence giving the statement with its speaker (…, sagt Braun)
 * states the claim without it; the speaker it names must still be given.
 */
class OpinionAttributionTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("tirol", "Tourismus in Tirol\n\n"
			+ "Tirol lebt von billigem Massentourismus, der von ausländischen Arbeitskräften getragen wird, sagt Andreas Braun.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "tirol");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theNounOfAnAttributionNeedNotBeSaid() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Nach Ansicht Brauns lebt Tirol von billigem Massentourismus, der von Arbeitskräften aus dem Ausland getragen wird.");
	}

	@Test
	void nachAngabenAttributesToo() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Nach Angaben Brauns lebt Tirol von billigem Massentourismus, der von Arbeitskräften aus dem Ausland getragen wird.");
	}

	@Test
	void anotherSpeakerIsNotGiven() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Nach Ansicht der Gewerkschaft lebt Tirol von billigem Massentourismus, der von Arbeitskräften aus dem Ausland getragen wird.");
	}
}
