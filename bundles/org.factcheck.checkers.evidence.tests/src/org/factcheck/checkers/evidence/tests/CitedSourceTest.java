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
 * A claim that cites a document says where it comes from: another document supports it only by
 * saying all of it, unless it gives a name of the claim that the cited document never mentions (a
 * wrong citation); a claim citing nothing may be found with one detail missing, as before.
 */
class CitedSourceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"bahn", "Verkehr\n\nDie neue Straßenbahnlinie fährt ab Montag vom Hauptbahnhof zum Flughafen.\n",
			"wetter", "Wetter\n\nAm Wochenende bleibt es in der Stadt trocken und mild.\n",
			"linz", "Verkehr\n\nBürgermeisterin Lena Brandt eröffnete in Linz die neue Buslinie zum Flughafen.\n",
			"brandt", "Stadt\n\nLena Brandt ist seit zwei Jahren Bürgermeisterin von Linz und wohnt am Stadtrand.\n"));

	@Test
	void anotherDocumentSayingAllOfACitingClaimSupportsIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die neue Straßenbahnlinie fährt ab Montag vom Hauptbahnhof zum Flughafen.", "wetter");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherDocumentLackingADetailOfACitingClaimDoesNotSupportIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die neue Straßenbahnlinie fährt ab Montag vom Hauptbahnhof zum Flughafen und zur Messe.", "wetter");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherDocumentGivingANameTheCitedOneNeverMentionsMayLackOneDetail() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Bürgermeisterin Lena Brandt eröffnete bei einem Festakt in Linz die neue Buslinie zum Flughafen.", "wetter");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void whereTheCitedDocumentMentionsTheNamesAnotherMustSayAll() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Bürgermeisterin Lena Brandt eröffnete bei einem Festakt in Linz die neue Buslinie zum Flughafen.", "brandt");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aClaimCitingNothingMayLackOneDetail() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die neue Straßenbahnlinie fährt ab Montag nach einem Festakt vom Hauptbahnhof zum Flughafen.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
