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

/** A claim's kein before a noun is stated by a sentence that denies the clause of that noun with nicht. */
class NegatingArticleTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"preise", "Kultur\n\nDie Auszeichnungen der Stiftung sind jedoch nicht als Geschenke an die Stadt zu verstehen.\n",
			"messe", "Messe\n\nDie Preise der Messe sind Gutscheine für die Besucher, nicht Rabatte.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aDenialOfTheNounsClauseStatesKein() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Auszeichnungen der Stiftung sind keine Geschenke an die Stadt.", "preise");
	}

	@Test
	void aDenialInAnotherClauseDoesNot() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Preise der Messe sind keine Gutscheine für die Besucher.", "messe");
	}
}
