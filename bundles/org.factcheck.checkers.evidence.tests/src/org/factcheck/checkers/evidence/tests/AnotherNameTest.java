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
 * A sentence that shares part of a claim's name but gives another one in place of the rest (Bill
 * Clinton for Hillary Clinton, Lazio Rom for AS Rom) speaks of someone else: the word it leaves
 * out is no tolerated gap, though the document mentions it elsewhere.
 */
class AnotherNameTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"ehrung", "Ehrung\n\nDie Stiftung ehrte am Montag Bill Clinton in Little Rock für sein Lebenswerk.\n\nDer Saal war bis auf den letzten Platz gefüllt.\n\n"
					+ "Hillary Clinton hielt danach eine kurze Rede.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "ehrung");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherFirstNameIsNotATolerableGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Stiftung ehrte am Montag Hillary Clinton in Little Rock für ihr Lebenswerk.");
	}

	@Test
	void theSameNameSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Stiftung ehrte am Montag Bill Clinton in Little Rock für sein Lebenswerk.");
	}
}
