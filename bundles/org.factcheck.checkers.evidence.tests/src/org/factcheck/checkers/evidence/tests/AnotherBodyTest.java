package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence that ties the claim's person to another body (Renate Huber vom ÖGB for von Attac) does
 * not state the claim, though it leaves out only the claim's body and the document names it elsewhere.
 */
class AnotherBodyTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"leseraum", "Leseraum\n\nDie Schwedin traf sich in Wien mit Vertretern von ÖGB, Arbeiterkammer und Attac.\n\n"
					+ "Seit Februar haben auch Parlamentarier Zutritt zu einem Leseraum.\n\nDokumente kopieren dürfen die Abgeordneten aber nicht.\n\n"
					+ "Die Leseräume schaffen daher keine echte Transparenz, kritisierte Renate Huber vom ÖGB.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		assertEquals(expected, CHECKERS.verify(CORPUS.store(), claim, "leseraum").verdictValue());
	}

	@Test
	void anotherBodyIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Renate Huber von Attac kritisierte die Leseräume.");
	}

	@Test
	void theSameBodyIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Renate Huber vom ÖGB kritisierte die Leseräume.");
	}
}
