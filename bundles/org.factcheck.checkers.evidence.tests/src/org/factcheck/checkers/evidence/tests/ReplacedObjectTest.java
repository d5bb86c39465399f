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
 * A sentence whose clause of the claim's verb gives, after the claim's preposition, another word (in
 * der Turnhalle for in der Hessenkaserne, which the report names elsewhere) does not leave the
 * claim's word out: it says something else there. A word the report never uses may be the sentence's
 * word in other words (die Unterkunft for die Turnhalle).
 */
class ReplacedObjectTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"quartier", "Quartier\n\nDie rund 150 Flüchtlinge, die seit Wochen im Zeltlager am Stadtrand ausharren, sind am Montag umgezogen. Der Großteil wurde in der neuen Turnhalle im Stadtteil Lehen untergebracht.\n\n"
					+ "Für die Flüchtlinge in der Hessenkaserne wurden Container aufgestellt.\n"));

	private static Verdict verdict(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "quartier").verdictValue();
	}

	@Test
	void aWordTheReportNamesElsewhereIsNotReplacedByAnother() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict("Der Großteil der Flüchtlinge aus dem Zeltlager wurde in der Hessenkaserne untergebracht."));
	}

	@Test
	void theSameWordAfterThePrepositionIsStated() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Der Großteil der Flüchtlinge aus dem Zeltlager wurde in der neuen Turnhalle untergebracht."));
	}

	@Test
	void aWordTheReportNeverUsesMayBeTheSentencesInOtherWords() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Der Großteil der Flüchtlinge wurde in der neuen Unterkunft im Stadtteil Lehen untergebracht."));
	}
}
