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
 * A figure counted in a noun the thesaurus knows in one sense only (Zähler: Punkt) is the same
 * thing as a figure counted in its synonym: acht Zähler and acht Punkte agree, zehn Punkte does not.
 */
class CountedNounSynonymTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tabelle", "Tabelle\n\nDer Rückstand des SV Moosbach auf den Tabellenführer beträgt acht Zähler.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "tabelle");
	}

	@Test
	void anotherCountInTheSynonymConflicts() throws IOException {
		ClaimResult result = result("Der Rückstand des SV Moosbach auf den Tabellenführer beträgt zehn Punkte.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameCountInTheSynonymSupports() throws IOException {
		ClaimResult result = result("Der Rückstand des SV Moosbach auf den Tabellenführer beträgt acht Punkte.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
