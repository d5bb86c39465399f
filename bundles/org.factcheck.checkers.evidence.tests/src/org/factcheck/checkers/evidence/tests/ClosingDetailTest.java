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

/**
 * A prepositional phrase that closes the claim's main clause and whose words the source never gives
 * (starb an einer Lungenentzündung, where the source only says that he died) adds a detail: it is no
 * tolerated gap. Where the document gives the detail elsewhere or where the phrase is one of time (vor
 * dem Jahresende), the gap is tolerated as before. A phrase coordinated with one the source gives (zum
 * Bahnhof und zum Stadion) adds a member to what the source lists, which is no tolerated gap either
 * ({@code AddedConjunct}).
 */
class ClosingDetailTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"hallstatt", "Altbürgermeister\n\nDer frühere Bürgermeister von Hallstatt starb am Sonntag im Alter von 84 Jahren. "
					+ "Er hatte die Gemeinde zwanzig Jahre lang geführt.\n",
			"ebensee", "Altbürgermeister\n\nDer frühere Bürgermeister von Ebensee starb am Sonntag im Alter von 84 Jahren. "
					+ "Seit dem Herbst hatte er wegen einer schweren Lungenentzündung im Spital gelegen.\n",
			"bus", "Verkehr\n\nDie neue Buslinie fährt ab Montag vom Rathaus zum Bahnhof.\n"));

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aClosingPhraseTheSourceNeverGivesIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der frühere Bürgermeister von Hallstatt starb an einer Lungenentzündung.", "hallstatt");
		assertVerdict(Verdict.UNSOURCED, "Die neue Buslinie fährt ab Montag vom Rathaus auch zum Stadion.", "bus");
	}

	@Test
	void aClosingPhraseTheDocumentGivesElsewhereIsATolerableGap() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der frühere Bürgermeister von Ebensee starb an einer Lungenentzündung.", "ebensee");
	}

	@Test
	void aClosingPhraseOfTimeIsATolerableGap() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der frühere Bürgermeister von Hallstatt starb vor dem Jahresende.", "hallstatt");
	}

	@Test
	void aClosingPhraseCoordinatedWithAStatedOneAddsAMember() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die neue Buslinie fährt ab Montag vom Rathaus zum Bahnhof und zum Stadion.", "bus");
	}
}
