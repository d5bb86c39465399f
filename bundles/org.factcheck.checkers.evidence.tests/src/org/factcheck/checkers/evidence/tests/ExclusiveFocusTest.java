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
 * A sentence that says only one thing fills a slot (nur auf Deutsch, lediglich an Wochenenden)
 * excludes any other filler after the same preposition: the claim's other word is no tolerated gap.
 */
class ExclusiveFocusTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"app", "Fahrplan-App\n\nDie neue Fahrplan-App der Stadtwerke steht vorerst nur auf Deutsch zur Verfügung. "
					+ "Sie zeigt die Abfahrtszeiten aller Busse und Straßenbahnen.\n",
			"museum", "Museum\n\nDas kleine Museum am Hauptplatz ist lediglich an Wochenenden für Besucher geöffnet. "
					+ "Der Eintritt ist frei.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherWordWhereTheSentenceSaysOnlyOneIsNotStated() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die neue Fahrplan-App der Stadtwerke steht auch auf Englisch zur Verfügung.");
		assertVerdict(Verdict.UNSOURCED, "Das kleine Museum am Hauptplatz ist an Feiertagen für Besucher geöffnet.");
	}

	@Test
	void theFocusedWordItselfIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die neue Fahrplan-App der Stadtwerke steht auf Deutsch zur Verfügung.");
		assertVerdict(Verdict.SUPPORTED, "Das kleine Museum am Hauptplatz ist an Wochenenden für Besucher geöffnet.");
	}
}
