package org.factcheck.checkers.timeline.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.findingsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.checkers.timeline.SupersededFigureChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The superseded-figures checker on real seed and news sentences. */
class SupersededFigureCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new).and(SupersededFigureChecker.ID, SupersededFigureChecker::new);

	@TempDir
	Path temp;

	private static List<Finding> notes(ClaimResult result) {
		return findingsOf(result, SupersededFigureChecker.ID);
	}

	private static Finding onlyNote(ClaimResult result) {
		List<Finding> notes = notes(result);
		assertEquals(1, notes.size(), result.findings().toString());
		assertEquals(FindingKind.NOTE, notes.get(0).kind());
		return notes.get(0);
	}

	@Test
	void threeThousandSoldiersOnTheTwentyFourthOfOctoberAreSupersededByMoreThanTenThousandInLateNovember() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Nordkorea hat 3.000 Soldaten nach Russland entsandt.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), "the note does not change the verdict");
		Finding note = onlyNote(result);
		assertEquals(Verdict.CONFLICTING, note.verdict());
		assertTrue(note.message().contains(TestCorpora.SEED_003 + " (2024-10-24)"), note.message());
		assertTrue(note.message().contains(TestCorpora.SEED_001 + " (2024-11-27, undated: the latest day it names) gives \u201E\u00FCber 10.000 Truppen\u201C"),
				note.message());
		assertEquals(TestCorpora.SEED_003, note.evidence().get(0).documentId());
		assertTrue(note.evidence().get(0).text().contains("3.000 nordkoreanische Soldaten"), note.evidence().toString());
		assertEquals(TestCorpora.SEED_001, note.evidence().get(1).documentId());
		assertTrue(note.evidence().get(1).text().contains("über 10.000 Truppen"), note.evidence().toString());
	}

	@Test
	void withoutCitationTheAgreeingSourceIsTheOneSuperseded() throws IOException {
		onlyNote(CHECKERS.verify(TestCorpora.seedStore(), "Nordkorea hat 3.000 Soldaten nach Russland entsandt."));
	}

	@Test
	void anAsofDateBeforeTheLaterSourceKeepsTheClaimCurrent() throws IOException {
		assertEquals(List.of(), notes(CHECKERS.verify(TestCorpora.seedStore(), "Nordkorea hat 3.000 Soldaten nach Russland entsandt.",
				LocalDate.of(2024, 11, 1), TestCorpora.SEED_003)));
	}

	@Test
	void theLatestFigureIsNotSuperseded() throws IOException {
		assertEquals(List.of(), notes(CHECKERS.verify(TestCorpora.seedStore(),
				"Nordkorea hat über 10.000 Soldaten nach Russland entsandt.", TestCorpora.SEED_001)));
	}

	@Test
	void claimsWithoutFiguresOrWithoutALaterSourceStayQuiet() throws IOException {
		assertEquals(List.of(), notes(CHECKERS.verify(TestCorpora.seedStore(),
				"Yoon Suk Yeol verurteilte die Entsendung nordkoreanischer Truppen nach Russland.", TestCorpora.SEED_003)));
		assertEquals(List.of(), notes(CHECKERS.verify(TestCorpora.seedStore(), "In Südkorea sind 28.500 US-Soldaten stationiert.",
				TestCorpora.SEED_000)));
	}

	/** A later version of a real news article updates its figure: the earlier figure is superseded. */
	@Test
	void anUpdatedNewsFigureSupersedesTheEarlierOne() throws IOException {
		String article = Files.readString(TestCorpora.gnad().resolve("gnad-0992.txt"));
		Path corpus = Files.createDirectories(temp.resolve("uganda"));
		Files.writeString(corpus.resolve("uganda-mai.txt"), article.replace("Mehr als 200.000 Flüchtlinge", "Rund 150.000 Flüchtlinge"));
		Files.writeString(corpus.resolve("uganda-juni.txt"), article);
		Files.writeString(corpus.resolve("manifest.jsonl"), """
				{"id": "uganda-mai", "publisher": "DER STANDARD", "date": "2016-05-02"}
				{"id": "uganda-juni", "publisher": "DER STANDARD", "date": "2016-06-20"}
				""");
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			Finding note = onlyNote(CHECKERS.verify(store, "Rund 150.000 Flüchtlinge und Asylsuchende leben in Uganda.", "uganda-mai"));
			assertTrue(note.message().contains("uganda-juni (2016-06-20) gives \u201EMehr als 200.000 Flüchtlinge\u201C"), note.message());
			assertTrue(note.message().contains("By date: 2016-05-02 uganda-mai: \u201ERund 150.000 Flüchtlinge\u201C; 2016-06-20 uganda-juni"),
					note.message());
			assertEquals(List.of(), notes(CHECKERS.verify(store, "Mehr als 200.000 Flüchtlinge und Asylsuchende leben in Uganda.",
					"uganda-juni")));
		}
	}

	/** A rescheduled event: the later document gives another date for the same statement. */
	@Test
	void aLaterDateForTheSameEventSupersedesTheEarlierOne() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("gipfel"));
		Files.writeString(corpus.resolve("vorschau.txt"),
				"Gipfel in Wien angesetzt\n\nDer EU-Westbalkan-Gipfel in Wien findet am 5. Dezember statt, teilte das Außenministerium mit.\n");
		Files.writeString(corpus.resolve("verschoben.txt"),
				"Gipfel verschoben\n\nDer EU-Westbalkan-Gipfel in Wien findet nun am 12. Dezember statt, teilte das Außenministerium mit.\n");
		Files.writeString(corpus.resolve("manifest.jsonl"), """
				{"id": "vorschau", "date": "2016-11-02"}
				{"id": "verschoben", "date": "2016-11-20"}
				""");
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			Finding note = onlyNote(CHECKERS.verify(store, "Der EU-Westbalkan-Gipfel in Wien findet am 5. Dezember statt.", "vorschau"));
			assertTrue(note.message().contains("verschoben (2016-11-20) gives \u201E12. Dezember\u201C"), note.message());
		}
	}

	/**
	 * Real news sentences with numbers, each claimed from its own article, in a copy of the news
	 * corpus whose articles all carry dates: none may be flagged, since no later article of this
	 * corpus makes the same statement with another figure.
	 */
	@Test
	void realNewsFiguresAreNotFlaggedByStatementsOfTheSameKindAboutOtherThings() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("gnad-dated"));
		StringBuilder manifest = new StringBuilder();
		for (Path file : TestCorpora.files(TestCorpora.gnad())) {
			String name = file.getFileName().toString();
			if (name.matches("gnad-\\d+\\.txt")) {
				Files.copy(file, corpus.resolve(name));
				String id = name.substring(0, name.length() - 4);
				int number = Integer.parseInt(id.substring("gnad-".length()));
				manifest.append("{\"id\": \"").append(id).append("\", \"date\": \"")
						.append(LocalDate.of(2015, 6, 1).plusDays(number % 400)).append("\"}\n");
			}
		}
		Files.writeString(corpus.resolve("manifest.jsonl"), manifest);
		List<String[]> claims = List.of(
				new String[] { "Dort machen wir heute fast 100 Millionen Euro Umsatz.", "gnad-0951" },
				new String[] { "Es geht um einen Betrag von 556.000 Euro.", "gnad-0601" },
				new String[] { "In dem Konflikt wurden in den vergangenen 30 Jahren etwa 45.000 Menschen getötet.", "gnad-0168" },
				new String[] { "In 20 Duellen in der Red-Bull-Arena gab es 13 Heimsiege bei vier Remis und drei Niederlagen.", "gnad-0801" },
				new String[] { "Finanzminister Hans Jörg Schelling zeigte sich offen, jene 600 Millionen Euro, die bis 2024 für Investitionen zur Verfügung stehen, vorzuziehen.", "gnad-0267" },
				new String[] { "China bereite ihm Kopfschmerzen, das Land sollte aber weiterhin mit 6,5 Prozent im Jahr wachsen.", "gnad-0023" },
				new String[] { "Mehr als 200.000 Flüchtlinge und Asylsuchende leben laut dem UN-Flüchtlingshochkommissariat UNHCR in Uganda.", "gnad-0992" });
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			for (String[] claim : claims) {
				assertEquals(List.of(), notes(CHECKERS.verify(store, claim[0], claim[1])), claim[0]);
			}
		}
	}
}
