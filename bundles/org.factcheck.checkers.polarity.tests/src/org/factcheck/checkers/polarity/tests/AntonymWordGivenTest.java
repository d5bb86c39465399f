package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim word of the antonym lexicon (Schwester, Mann) that the sentence gives itself counts among
 * the words the sentence shares with a claim it denies: the sentence is about the same people.
 */
class AntonymWordGivenTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("brief",
			"Ein Brief\n\nMeine Schwester war mal mit einem großen jungen Mann zusammen, der ein zäher Läufer des Sportvereins von Linz war, dessen Team die Falken genannt wird.\n"));

	@Test
	void aDenialOfWhatTheSentenceStatesConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Meine Schwester ist eine Nonne und ist noch nie mit einem Mann ausgegangen.", "brief");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
