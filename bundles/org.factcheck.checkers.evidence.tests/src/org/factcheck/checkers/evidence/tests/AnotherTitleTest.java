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
 * A title the claim puts before a person's name (der Stürmer Dennis Chessa) is no word a sentence
 * may leave out where it puts another title before the same name (den Verteidiger Dennis Chessa).
 */
class AnotherTitleTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"ried", "Neuzugang in Ried\n\nDer Bundesligaclub SV Ried hat den deutschen Verteidiger Dennis Chessa für die nächste Saison verpflichtet.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "ried");
	}

	@Test
	void anotherTitleBeforeTheNameDoesNotSupport() throws IOException {
		ClaimResult result = verify("Der Bundesligaclub SV Ried hat den deutschen Stürmer Dennis Chessa für die nächste Saison verpflichtet.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameTitleSupports() throws IOException {
		ClaimResult result = verify("Der Bundesligaclub SV Ried hat den deutschen Verteidiger Dennis Chessa für die nächste Saison verpflichtet.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
