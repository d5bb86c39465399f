package org.factcheck.checkers.names.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.names.NameChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A post the claim gives at the federal level (Bundeschef) is not the post a text gives for a region
 * (Chef in Kärnten) or without a level: the text does not support it, unless the post is one a federal
 * state has only at that level (Bundeskanzlerin / Kanzlerin).
 */
class RoleLevelTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("parteitag",
			"Parteitag\n\nAm Rednerpult stand Martin Gruber, NEOS-Chef in Kärnten und seit dem Frühjahr auch Stadtrat.\n",
			"dialog", "Dialog\n\nMit NEOS-Chef Martin Gruber gebe es eine konstruktive Gesprächsbasis, sagte der Bürgermeister.\n",
			"empfang", "Empfang\n\nKanzlerin Eva Berger empfing am Montag den Präsidenten Frankreichs in Wien.\n"));

	@Test
	void aPostForARegionDoesNotSupportTheFederalPost() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Martin Gruber ist NEOS-Bundeschef.", "parteitag");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.SUPPORTED),
				result.findings().toString());
	}

	@Test
	void aPostWithoutLevelDoesNotSupportTheFederalPostOfAParty() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Martin Gruber ist NEOS-Bundeschef.", "dialog");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.SUPPORTED),
				result.findings().toString());
	}

	@Test
	void aPostOfTheStateIsTheSameWithoutItsLevel() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Eva Berger ist Bundeskanzlerin.", "empfang");
		assertTrue(result.findings().stream().anyMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.SUPPORTED),
				result.findings().toString());
	}

	@Test
	void thePostForTheRegionIsSupported() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Martin Gruber ist NEOS-Chef.", "parteitag");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
