package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim that cites a document says where it comes from: another document supports it only by
 * saying all of it; a claim citing nothing may be found with one detail missing, as before.
 */
class CitedSourceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@TempDir
	static Path temp;

	private static CorpusStore store;

	@BeforeAll
	static void corpus() throws IOException {
		store = HandWrittenCorpus.open(temp, Map.of(
				"bahn", "Verkehr\n\nDie neue Straßenbahnlinie fährt ab Montag vom Hauptbahnhof zum Flughafen.\n",
				"wetter", "Wetter\n\nAm Wochenende bleibt es in der Stadt trocken und mild.\n"));
	}

	@AfterAll
	static void close() {
		store.close();
	}

	@Test
	void anotherDocumentSayingAllOfACitingClaimSupportsIt() throws IOException {
		ClaimResult result = CHECKERS.verify(store,
				"Die neue Straßenbahnlinie fährt ab Montag vom Hauptbahnhof zum Flughafen.", "wetter");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherDocumentLackingADetailOfACitingClaimDoesNotSupportIt() throws IOException {
		ClaimResult result = CHECKERS.verify(store,
				"Die neue Straßenbahnlinie fährt ab Montag vom Hauptbahnhof zum Flughafen und zur Messe.", "wetter");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aClaimCitingNothingMayLackOneDetail() throws IOException {
		ClaimResult result = CHECKERS.verify(store,
				"Die neue Straßenbahnlinie fährt ab Montag vom Hauptbahnhof zum Flughafen und zur Messe.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
