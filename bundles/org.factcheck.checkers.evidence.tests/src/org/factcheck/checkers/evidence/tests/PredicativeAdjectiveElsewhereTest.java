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
 * The adjective a claim without a full verb predicates (war bereits vorbestraft) is no word a
 * sentence may leave out where its document uses that word elsewhere, of someone else; where the
 * document never uses it, a sentence may still say the rest in other words.
 */
class PredicativeAdjectiveElsewhereTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"linz", "Urteil in Linz\n\nEine Hundezüchterin ist am Mittwoch zu 24 Monaten, ihr 52-jähriger Mann ebenfalls zu 24 Monaten verurteilt worden.\n\n"
					+ "Bei der Frau gab es keine Milderungsgründe.\n\nErschwerend wertete das Gericht, dass sie einschlägig vorbestraft ist.\n",
			"umwelt", "Umwelt\n\nBevölkerungswachstum ist wie umgekehrte Umweltverschmutzung.\n"));

	@Test
	void anAdjectiveTheDocumentUsesElsewhereIsNoTolerableGap() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Mann der Hundezüchterin war bereits vorbestraft.", "linz");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anAdjectiveTheDocumentNeverUsesMayStillBeLeftOut() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Das Bevölkerungswachstum ist so ähnlich wie umgekehrte Umweltverschmutzung.", "umwelt");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
