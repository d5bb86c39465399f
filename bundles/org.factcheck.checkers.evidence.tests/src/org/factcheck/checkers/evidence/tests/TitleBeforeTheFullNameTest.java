package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * A sentence that gives a person's surname alone refers to the person the document introduced with
 * a title and the full name (der portugiesische Premier Carlos Romero … Romero lehnt … ab): the
 * claim's title counts as said, but only the title the document wrote before the name.
 */
class TitleBeforeTheFullNameTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tagung", "Die Tagung\n\nAm Montag traf der portugiesische Premier Carlos Romero in Brüssel ein. "
					+ "Portugal habe bereits 20.000 Menschen aufgenommen. Mehr seien nicht möglich, sagte er am Abend.\n\n"
					+ "Romero lehnt eine feste Quote für die Verteilung von Flüchtlingen innerhalb Europas ab.\n"));

	@Test
	void theTitleGivenWithTheFullNameCounts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Der portugiesische Premier Carlos Romero lehnt eine feste Quote für die Verteilung von Flüchtlingen innerhalb Europas ab.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherTitleDoesNotCount() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Der spanische Premier Carlos Romero lehnt eine feste Quote für die Verteilung von Flüchtlingen innerhalb Europas ab.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
