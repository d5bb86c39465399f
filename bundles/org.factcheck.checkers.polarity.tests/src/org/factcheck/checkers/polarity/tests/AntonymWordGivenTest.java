package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A claim noun of the antonym lexicon (Tante, Mann) that the sentence names itself counts among the
 * words the sentence shares with a claim it denies: the sentence is about the same people. A verb of
 * the lexicon does not count: its polarity is what is compared.
 */
class AntonymWordGivenTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tante", "Ein Brief aus Tirol\n\nMeine Tante war vor Jahren mit einem Mann zusammen, der als Förster im Zillertal arbeitete und dort die Jagdhütte des Dorfes betreute.\n",
			"streit", "Der Streit im Verein\n\nDer Obmann bestätigte am Montag die Berichte des Kassiers über die Schulden des Vereins in Linz.\n",
			"sommer", "Der Sommer\n\nVielleicht ist das der Grund, weshalb sie sich so gern an den Sommer erinnert.\n",
			"lernen", "Lernen\n\nDeshalb vergesse ich so schnell alles, was ich lerne.\n"));

	@Test
	void aDenialOfWhatTheSentenceStatesConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Meine Tante ist Lehrerin und war noch nie mit einem Mann liiert.", "tante");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theVerbOfTheLexiconDoesNotCount() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Verein in Linz bestätigte die Vorwürfe nicht.", "streit");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)), result.findings().toString());
	}

	@Test
	void theVerbOfTheSamePersonCounts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Sie konnte sich an nichts mehr erinnern.", "sommer");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		result = CHECKERS.verify(CORPUS.store(), "Ich habe von der Prüfung nichts vergessen.", "lernen");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
