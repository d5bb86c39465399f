package org.factcheck.checkers.hedges.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.findingsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.hedges.HedgedSourceChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;

/** The hedged-sources checker on real seed and news sentences: where it notes a hedge and where it must not. */
class HedgedSourceCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(HedgedSourceChecker.ID, HedgedSourceChecker::new);

	private static Finding hedgeNote(CorpusStore corpus, String claim, String cited) {
		ClaimResult result = CHECKERS.verify(corpus, claim, cited);
		List<Finding> notes = findingsOf(result, HedgedSourceChecker.ID);
		assertEquals(1, notes.size(), "one note expected: " + result.findings());
		Finding note = notes.get(0);
		assertEquals(FindingKind.NOTE, note.kind());
		assertEquals(cited, note.documentId());
		return note;
	}

	private static void assertNamed(Finding note, String... hedges) {
		for (String hedge : hedges) {
			assertTrue(note.message().contains("\u201E" + hedge + "\u201C"), note.message());
			assertTrue(note.evidence().stream().anyMatch(e -> e.text().equals(hedge) || e.text().startsWith(hedge.split(" \u2026 ")[0])),
					note.evidence().toString());
		}
	}

	private static void assertQuiet(CorpusStore corpus, String claim, String cited) {
		ClaimResult result = CHECKERS.verify(corpus, claim, cited);
		assertEquals(List.of(), findingsOf(result, HedgedSourceChecker.ID));
	}

	@Test
	void reportedSpeechAndAttributionOfTheSeedCorpusAreNamed() throws IOException {
		Finding note = hedgeNote(TestCorpora.seedStore(), "Nordkorea hat 3.000 Soldaten nach Russland entsandt.",
				TestCorpora.SEED_003);
		assertNamed(note, "Laut südkoreanischem Geheimdienst", "sollen \u2026 entsandt worden sein");
		assertTrue(note.message().startsWith("The claim states as fact what " + TestCorpora.SEED_003 + " only reports or assumes"),
				note.message());
	}

	@Test
	void theNoteLeavesTheVerdictToTheOtherCheckers() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Nordkorea hat 3.000 Soldaten nach Russland entsandt.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
	}

	@Test
	void anAssumptionGovernsTheClauseItIntroduces() throws IOException {
		assertNamed(hedgeNote(TestCorpora.seedStore(), "Pjöngjang hat über 10.000 Truppen entsandt, um Russland zu unterstützen.",
				TestCorpora.SEED_001), "Es wird angenommen");
	}

	@Test
	void berichtenZufolgeGovernsItsClauseButNotTheContrastAfterObwohl() throws IOException {
		assertNamed(hedgeNote(TestCorpora.seedStore(),
				"Der Besuch der ukrainischen Delegation in Seoul konzentriert sich hauptsächlich auf die Suche nach Waffenlieferungen.",
				TestCorpora.SEED_001), "Berichten zufolge");
		assertQuiet(TestCorpora.seedStore(), "Südkorea zögerte in der Vergangenheit, Unterstützung bereitzustellen.",
				TestCorpora.SEED_001);
	}

	@Test
	void aClaimThatReportsItselfGetsNoNote() throws IOException {
		assertQuiet(TestCorpora.seedStore(),
				"Laut südkoreanischem Geheimdienst sollen 3.000 nordkoreanische Soldaten nach Russland entsandt worden sein.",
				TestCorpora.SEED_003);
		assertQuiet(TestCorpora.gnadStore(), "Beate Zschäpe ist nach eigenen Angaben von ihrem Komplizen Uwe Böhnhardt geschlagen worden.",
				"gnad-0038");
	}

	@Test
	void aSourceThatGivesAnotherNumberDoesNotStateTheClaim() throws IOException {
		assertQuiet(TestCorpora.seedStore(), "Nordkorea hat 5.000 Soldaten nach Russland entsandt.", TestCorpora.SEED_003);
	}

	@Test
	void newsReportedSpeechWithSollAndHabenIsNamed() throws IOException {
		assertNamed(hedgeNote(TestCorpora.gnadStore(),
				"Ankara hat die Rebellen nachts aus der nordsyrischen Provinz Idlib über türkisches Gebiet zum Übergang Bab-al-Salam gebracht.",
				"gnad-0130"), "soll \u2026 gebracht haben");
	}

	@Test
	void doubtingAdverbsAndAttributionsInNewsAreNamed() throws IOException {
		assertNamed(hedgeNote(TestCorpora.gnadStore(),
				"Auf dem Gelände des Recyclingunternehmens Häusle wurden seit 2009 illegal Kunststoffabfälle vergraben.", "gnad-0203"),
				"vermutlich");
		assertNamed(hedgeNote(TestCorpora.gnadStore(),
				"Nahe der Grenze zur Elfenbeinküste haben malische Soldaten zwei Jihadistencamps zerstört.", "gnad-0112"),
				"nach Armeeangaben");
		assertNamed(hedgeNote(TestCorpora.gnadStore(), "Migranten aus Pakistan werden nach Athen zurückgeschickt.", "gnad-0229"),
				"den Berichten zufolge");
		assertNamed(hedgeNote(TestCorpora.gnadStore(), "Mehr als 200.000 Flüchtlinge und Asylsuchende leben in Uganda.", "gnad-0992"),
				"laut dem UN-Flüchtlingshochkommissariat UNHCR");
	}

	@Test
	void aDoubtingAdjectiveQualifiesOnlyItsNoun() throws IOException {
		assertNamed(hedgeNote(TestCorpora.gnadStore(),
				"Türkische Sicherheitskräfte haben im Südosten des Landes binnen zwei Tagen 23 Rebellen getötet.", "gnad-0168"),
				"mutmaßliche Rebellen");
	}

	@Test
	void aHedgeAddedAfterACommaQualifiesOnlyWhatItAdds() throws IOException {
		assertNamed(hedgeNote(TestCorpora.gnadStore(), "In Nigeria wurden 2013 drei Mediziner von Boko Haram getötet.", "gnad-0153"),
				"vermutlich");
		assertQuiet(TestCorpora.gnadStore(), "In Nigeria wurden 2013 drei Mediziner getötet.", "gnad-0153");
		assertQuiet(TestCorpora.gnadStore(), "Der Notarzt stellte bei ihm schwere Verletzungen durch drei Stiche fest.", "gnad-0151");
	}

	@Test
	void whatTheSourcePresupposesIsNotQualifiedByAHedgeOfItsClause() throws IOException {
		assertQuiet(TestCorpora.gnadStore(), "Im Frühwarnsystem des AMS sind 1.100 Baumax-Beschäftigte zur Kündigung angemeldet worden.",
				"gnad-0982");
	}

	@Test
	void aHedgeDoesNotReachIntoAClauseJoinedWithoutConjunction() throws IOException {
		assertQuiet(TestCorpora.gnadStore(), "Die große Mehrheit der Flüchtlinge in Uganda kommt aus der Demokratischen Republik Kongo.",
				"gnad-0992");
	}
}
