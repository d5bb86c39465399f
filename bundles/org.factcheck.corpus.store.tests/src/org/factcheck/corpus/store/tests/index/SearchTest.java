package org.factcheck.corpus.store.tests.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.PageFurniture;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

	@TempDir
	static Path cache;

	static CorpusStore seeds;

	@BeforeAll
	static void open() throws IOException {
		seeds = CorpusStore.open(TestCorpora.seeds(), StoreOptions.withIndex(cache));
	}

	@AfterAll
	static void close() {
		seeds.close();
	}

	private static boolean inTop(List<SentenceMatch> matches, int n, String documentId, String sentenceStart) {
		return matches.stream().limit(n)
				.anyMatch(m -> m.documentId().equals(documentId) && m.text().startsWith(sentenceStart));
	}

	@Test
	void findsASeedSentenceByAParaphrase() {
		List<SentenceMatch> matches = seeds.search(
				"Yoon Suk Yeol äußerte Besorgnis, Moskau könnte sensible Militärtechnologie an Nordkorea weitergeben.", Set.of(), 5);
		SentenceMatch best = matches.get(0);
		assertEquals(TestCorpora.SEED_000, best.documentId());
		assertTrue(best.text().startsWith("Der südkoreanische Staatschef äußerte zudem Besorgnis"), best.text());
		assertTrue(inTop(seeds.search("Ein Regierungssprecher Japans sagte, man sei zutiefst besorgt über das Abkommen.", Set.of(), 3),
				3, TestCorpora.SEED_004, "Laut AFP sagte ein japanischer Regierungssprecher"));
	}

	@Test
	void compoundsMatchTheirParts() {
		List<SentenceMatch> matches = seeds.search("Lieferungen von Munition", Set.of(TestCorpora.SEED_001), 3);
		assertTrue(matches.stream().anyMatch(m -> m.text().contains("Munitionslieferungen")), matches.toString());
	}

	@Test
	void matchesCarryExactOffsetsAndAreSortedByScore() {
		List<SentenceMatch> matches = seeds.search("nordkoreanische Truppen in Russland", Set.of(), 10);
		assertEquals(10, matches.size());
		for (int i = 0; i < matches.size(); i++) {
			SentenceMatch m = matches.get(i);
			Content content = seeds.content(m.documentId()).orElseThrow();
			assertEquals(content.getText().substring(m.start(), m.end()), m.text());
			assertEquals(m.text(), content.getParagraphs().stream().flatMap(p -> p.getSentences().stream())
					.filter(s -> s.getIndex() == m.sentenceIndex()).findFirst().orElseThrow().getText());
			if (i > 0) {
				assertTrue(matches.get(i - 1).score() >= m.score());
			}
		}
	}

	@Test
	void restrictionToDocuments() {
		Set<String> only = Set.of(TestCorpora.SEED_003, TestCorpora.SEED_002);
		List<SentenceMatch> matches = seeds.search("Nordkorea Russland Zusammenarbeit", only, 20);
		assertFalse(matches.isEmpty());
		assertTrue(matches.stream().allMatch(m -> only.contains(m.documentId())));
		assertTrue(seeds.search("Nordkorea", Set.of("gibt-es-nicht"), 5).isEmpty());
	}

	@Test
	void furnitureIsNeverFound() {
		List<SentenceMatch> matches = seeds.search("Kostenlose Beratung Kettner Edelmetalle Newsletter Einwilligung "
				+ "E-Mail-Adresse Kommentar schreiben Siehe auch Iivo Niskanen GAVRIIL GRIGOROV Sputnik Quelle KCNA Menü Film", Set.of(), 100);
		for (SentenceMatch match : matches) {
			Content content = seeds.content(match.documentId()).orElseThrow();
			assertFalse(PageFurniture.isFurniture(content, match.start(), match.end()), match.text());
		}
		assertTrue(matches.stream().noneMatch(m -> m.text().contains("Kettner") || m.text().contains("Niskanen")));
	}

	@Test
	void emptyOrStopWordQueriesFindNothing() {
		assertTrue(seeds.search("", Set.of(), 5).isEmpty());
		assertTrue(seeds.search("und die der", Set.of(), 5).isEmpty());
		assertTrue(seeds.search("Nordkorea", Set.of(), 0).isEmpty());
	}

	@Test
	void findsRealNewsByParaphrase() throws IOException {
		CorpusStore gnad = TestCorpora.gnadStore();
		List<SentenceMatch> matches = gnad.search("Wie lange Polizei und Bundesheer an der Grenze eingesetzt werden, ist unklar", Set.of(), 3);
		assertEquals("gnad-0162", matches.get(0).documentId(), matches.toString());
		assertTrue(matches.get(0).text().contains("Grenzeinsatz von Polizei und Bundesheer"));
	}
}
