package org.factcheck.checkers.names.tests.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.entities.SentenceEntities;
import org.factcheck.checkers.names.gazetteer.EntityForm;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.derived.DerivedData;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.candidates.KeptSentenceValues;
import org.factcheck.evidence.terms.AnalyzedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence's entities kept with the corpus cache: a later run is served exactly what the finder
 * finds, and only for the same sentence, content and version; damaged, foreign or stale entries are
 * found again.
 */
class KeptSentenceEntitiesTest {

	private static final String TEXT = """
			Außenminister Cho Tae Yul traf am Montag in Seoul seinen russischen Amtskollegen.
			Das Finanzministerium in Berlin wies die Berichte der Nachrichtenagentur Reuters zurück.
			Die Opposition kritisierte die Entscheidung nicht.
			""";
	private static final String ID = "seoul";

	@TempDir
	Path temp;

	private final EntityFinder finder = new EntityFinder();
	private Path corpus;
	private Path cache;

	@BeforeEach
	void writeCorpus() throws IOException {
		corpus = Files.createDirectories(temp.resolve("corpus"));
		cache = temp.resolve("cache");
		Files.writeString(corpus.resolve(ID + ".txt"), TEXT);
	}

	private CorpusStore open() throws IOException {
		return CorpusStore.open(corpus, StoreOptions.withIndex(cache));
	}

	/** Each sentence's entities through the kept values, in document order. */
	private List<List<EntityMention>> entities(CorpusStore store) {
		CorpusAccess access = new StoreCorpusAccess(store);
		DocumentSentences document = DocumentSentences.of(access.content(ID).orElseThrow());
		return document.all().stream()
				.map(s -> SentenceEntities.of(access, ID, s.getIndex(), document.analysis(s), finder)).toList();
	}

	/** What the finder finds in each sentence, in document order. */
	private List<List<EntityMention>> found(CorpusStore store) {
		DocumentSentences document = DocumentSentences.of(store.content(ID).orElseThrow());
		return document.all().stream().map(s -> finder.find(document.analysis(s))).toList();
	}

	private static DerivedData derived(CorpusStore store) {
		return DerivedData.of(store.content(ID).orElseThrow()).orElseThrow();
	}

	private static String sentenceText(CorpusStore store, int index) {
		return DocumentSentences.of(store.content(ID).orElseThrow()).sentence(index).getText();
	}

	private static byte[] encode(List<EntityMention> mentions, String text) {
		return KeptSentenceValues.encode(mentions, text, SentenceEntities.CODEC);
	}

	private static final List<EntityMention> OTHER = List
			.of(new EntityMention(EntityKind.CITY, "Wien", EntityForm.NAME, 0, 0, 0, 4, "Wien"));

	@Test
	void everySeedSentencesEntitiesReadBackAsFound() throws IOException {
		int sentences = 0;
		int mentions = 0;
		try (CorpusStore store = TestCorpora.seedStore()) {
			for (Document document : store.corpus().getDocuments()) {
				Content content = store.content(document.getId()).orElseThrow();
				DocumentSentences sentencesOf = DocumentSentences.of(content);
				for (Sentence sentence : sentencesOf.all()) {
					AnalyzedText analysis = sentencesOf.analysis(sentence);
					List<EntityMention> found = finder.find(analysis);
					assertEquals(found, KeptSentenceValues.decode(encode(found, sentence.getText()), sentence.getText(),
							SentenceEntities.CODEC), sentence.getText());
					sentences++;
					mentions += found.size();
				}
			}
		}
		assertTrue(sentences > 100 && mentions > 100, sentences + " sentences, " + mentions + " mentions");
	}

	@Test
	void aLaterRunIsServedTheKeptEntities() throws IOException {
		List<List<EntityMention>> first;
		try (CorpusStore store = open()) {
			first = entities(store);
			assertEquals(found(store), first);
			assertTrue(first.get(0).size() >= 2 && first.get(1).size() >= 2, first.toString());
		}
		try (CorpusStore store = open()) {
			for (int i = 0; i < first.size(); i++) {
				assertNotNull(derived(store).get(SentenceEntities.KIND, SentenceEntities.VERSION, i), "sentence " + i);
			}
			assertEquals(first, entities(store));
		}
		// Proof that the kept entry is what a later run uses: other (valid) entities of the first
		// sentence, put in its place, are what the next run gets.
		try (CorpusStore store = open()) {
			derived(store).put(SentenceEntities.KIND, SentenceEntities.VERSION, 0, encode(OTHER, sentenceText(store, 0)));
		}
		try (CorpusStore store = open()) {
			assertEquals(OTHER, entities(store).get(0));
		}
	}

	@Test
	void damagedForeignAndStaleEntriesAreFoundAgain() throws IOException {
		List<List<EntityMention>> first;
		try (CorpusStore store = open()) {
			first = entities(store);
			DerivedData derived = derived(store);
			String text0 = sentenceText(store, 0);
			byte[] valid = encode(OTHER, text0);
			// not what the codec writes
			derived.put(SentenceEntities.KIND, SentenceEntities.VERSION, 0, new byte[] { 1, 2, 3 });
			// made from another sentence's text
			derived.put(SentenceEntities.KIND, SentenceEntities.VERSION, 1, encode(OTHER, sentenceText(store, 2)));
			// cut short, and with a byte too many
			byte[] valid2 = encode(OTHER, sentenceText(store, 2));
			derived.put(SentenceEntities.KIND, SentenceEntities.VERSION, 2, Arrays.copyOf(valid2, valid2.length - 1));
			// an enum value that does not exist
			byte[] badKind = valid.clone();
			badKind[encode(List.of(), text0).length] = 99;
			assertNull(KeptSentenceValues.decode(badKind, text0, SentenceEntities.CODEC));
			assertNull(KeptSentenceValues.decode(Arrays.copyOf(valid, valid.length + 1), text0, SentenceEntities.CODEC));
			assertEquals(OTHER, KeptSentenceValues.decode(valid, text0, SentenceEntities.CODEC));
		}
		try (CorpusStore store = open()) {
			assertEquals(first, entities(store), "damaged or foreign entries are found again");
		}
		// An entry of another version (older code) is never served.
		try (CorpusStore store = open()) {
			derived(store).put(SentenceEntities.KIND, "entities-0/older", 0, encode(OTHER, sentenceText(store, 0)));
		}
		try (CorpusStore store = open()) {
			assertEquals(first, entities(store), "an entry of another version is not served");
		}
		// A damaged file is never served, and is written again.
		try (CorpusStore store = open()) {
			derived(store).put(SentenceEntities.KIND, SentenceEntities.VERSION, 0, encode(OTHER, sentenceText(store, 0)));
		}
		Path file;
		try (Stream<Path> files = Files.walk(cache.resolve("derived").resolve(SentenceEntities.KIND))) {
			file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(file, bytes);
		try (CorpusStore store = open()) {
			assertNull(derived(store).get(SentenceEntities.KIND, SentenceEntities.VERSION, 0), "a damaged file is never served");
			assertEquals(first, entities(store));
		}
		try (CorpusStore store = open()) {
			assertNotNull(derived(store).get(SentenceEntities.KIND, SentenceEntities.VERSION, 0), "and written again");
			assertEquals(first, entities(store));
		}
	}

	@Test
	void anEditedSentenceIsFoundAgain() throws IOException {
		try (CorpusStore store = open()) {
			entities(store);
		}
		Files.writeString(corpus.resolve(ID + ".txt"), TEXT.replace("Seoul", "Tokio"));
		try (CorpusStore store = open()) {
			assertNull(derived(store).get(SentenceEntities.KIND, SentenceEntities.VERSION, 0));
			List<List<EntityMention>> now = entities(store);
			assertEquals(found(store), now);
			assertTrue(now.get(0).stream().anyMatch(m -> m.text().equals("Tokio")), now.get(0).toString());
		}
	}
}
