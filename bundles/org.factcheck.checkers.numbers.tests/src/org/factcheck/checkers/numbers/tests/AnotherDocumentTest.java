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
 * Another number in a document the claim does not cite contradicts it only where that sentence
 * names whom or what the claim speaks of: an age said of someone else is no wrong citation, nor is
 * a name the same word as a verb of that sentence (Schaffer / schaffen).
 */
class AnotherDocumentTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"talent", "Talent\n\nDer junge Wiener Paul Berger wechselt im Sommer an eine Universität in Kalifornien.\n",
			"landtag", "Landtag\n\nIm Dezember dürfte Tarik Berisha, 28 Jahre alt, den Sprung in den Landtag schaffen.\n\n"
					+ "Auch Anna Huber, 28 Jahre alt, zieht im Dezember in den Landtag ein.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "talent");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anAgeSaidOfSomeoneElseDoesNotContradict() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Paul Berger ist 19 Jahre alt.");
		assertVerdict(Verdict.UNSOURCED, "Schaffer ist 19 Jahre alt.");
	}

	@Test
	void anotherAgeOfTheSamePersonInAnotherDocumentContradicts() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "Anna Huber ist 31 Jahre alt.");
	}
}
