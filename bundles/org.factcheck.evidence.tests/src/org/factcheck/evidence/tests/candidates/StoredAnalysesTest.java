package org.factcheck.evidence.tests.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.derived.DerivedData;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalysisCodec;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentence analyses kept with the corpus cache: a later run is served exactly the analysis it would
 * compute, and only for the same sentence of the same content; damaged entries are computed again.
 */
class StoredAnalysesTest {

	private static final String TEXT = """
			Am 3. Mai 2021 stellte die Regierung in Wien rund 500 neue Polizisten ein.
			Der Innenminister sagte, zwischen Jänner 2012 und Mai 2013 seien es über 3,4 Millionen Euro gewesen.
			Die Opposition kritisierte die Entscheidung nicht.
			""";

	@TempDir
	Path temp;

	private Path corpus;
	private Path cache;

	@BeforeEach
	void writeCorpus() throws IOException {
		corpus = Files.createDirectories(temp.resolve("corpus"));
		cache = temp.resolve("cache");
		Files.writeString(corpus.resolve("polizei.txt"), TEXT);
	}

	private CorpusStore open(Path corpusFolder) throws IOException {
		return CorpusStore.open(corpusFolder, StoreOptions.withIndex(cache));
	}

	/** Every sentence's analysis through the evidence library, in document order. */
	private List<AnalyzedText> analyses(CorpusStore store, String id) {
		DocumentSentences sentences = DocumentSentences.of(store.content(id).orElseThrow());
		return sentences.all().stream().map(sentences::analysis).toList();
	}

	private static List<AnalyzedText> computed(CorpusStore store, String id) {
		return DocumentSentences.of(store.content(id).orElseThrow()).all().stream()
				.map(s -> TextAnalyzer.german().analyze(s.getText())).toList();
	}

	private static byte[] kept(CorpusStore store, String id, int sentence) {
		return DerivedData.of(store.content(id).orElseThrow()).orElseThrow().get(DocumentSentences.ANALYSES,
				TextAnalyzer.VERSION, sentence);
	}

	@Test
	void everySeedSentenceReadsBackAsTheAnalysisItWasMadeFrom() throws IOException {
		Path seeds = Path.of(System.getProperty("factcheck.examples"), "seeds", "corpus");
		int sentences = 0;
		int withQuantities = 0;
		int withDates = 0;
		try (CorpusStore store = open(seeds)) {
			for (Document document : store.corpus().getDocuments()) {
				Content content = store.content(document.getId()).orElseThrow();
				for (Sentence sentence : DocumentSentences.of(content).all()) {
					AnalyzedText analysis = TextAnalyzer.german().analyze(sentence.getText());
					assertEquals(analysis, AnalysisCodec.decode(AnalysisCodec.encode(analysis), sentence.getText()));
					sentences++;
					withQuantities += analysis.quantities().isEmpty() ? 0 : 1;
					withDates += analysis.dates().isEmpty() ? 0 : 1;
				}
			}
		}
		assertTrue(sentences > 100 && withQuantities > 10 && withDates > 10,
				sentences + " sentences, " + withQuantities + " with quantities, " + withDates + " with dates");
	}

	@Test
	void bytesOfAnotherTextOrCutShortAreRefused() {
		String text = "Die Regierung stellte 500 Polizisten ein.";
		byte[] bytes = AnalysisCodec.encode(TextAnalyzer.german().analyze(text));
		assertNotNull(AnalysisCodec.decode(bytes, text));
		assertNull(AnalysisCodec.decode(bytes, "Die Regierung stellte 900 Polizisten ein."));
		assertNull(AnalysisCodec.decode(Arrays.copyOf(bytes, bytes.length - 3), text));
		assertNull(AnalysisCodec.decode(Arrays.copyOf(bytes, bytes.length + 1), text));
		assertNull(AnalysisCodec.decode(new byte[0], text));
	}

	@Test
	void aLaterRunIsServedTheKeptAnalyses() throws IOException {
		List<AnalyzedText> first;
		try (CorpusStore store = open(corpus)) {
			first = analyses(store, "polizei");
			assertEquals(computed(store, "polizei"), first);
		}
		try (CorpusStore store = open(corpus)) {
			for (int i = 0; i < first.size(); i++) {
				assertNotNull(kept(store, "polizei", i), "sentence " + i + " was kept");
			}
			assertEquals(first, analyses(store, "polizei"));
		}
		// Proof that the kept entry is what a later run uses: a (valid) different analysis of the
		// first sentence, put in its place, is what the next run gets.
		AnalyzedText changed;
		try (CorpusStore store = open(corpus)) {
			AnalyzedText original = first.get(0);
			List<String> tags = new ArrayList<>(original.tags());
			tags.set(0, "XY");
			changed = new AnalyzedText(original.text(), original.tokens(), tags, original.lemmas(), original.terms(),
					original.quantities(), original.dates());
			DerivedData.of(store.content("polizei").orElseThrow()).orElseThrow().put(DocumentSentences.ANALYSES,
					TextAnalyzer.VERSION, 0, AnalysisCodec.encode(changed));
		}
		try (CorpusStore store = open(corpus)) {
			assertEquals(changed, analyses(store, "polizei").get(0));
		}
	}

	@Test
	void aDamagedEntryOrFileIsComputedAgain() throws IOException {
		List<AnalyzedText> first;
		try (CorpusStore store = open(corpus)) {
			first = analyses(store, "polizei");
			DerivedData.of(store.content("polizei").orElseThrow()).orElseThrow().put(DocumentSentences.ANALYSES,
					TextAnalyzer.VERSION, 1, new byte[] { 1, 2, 3 });
		}
		try (CorpusStore store = open(corpus)) {
			assertEquals(first, analyses(store, "polizei"), "an entry that does not decode is computed again");
		}
		Path file;
		try (Stream<Path> files = Files.walk(cache.resolve("derived"))) {
			file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(file, bytes);
		try (CorpusStore store = open(corpus)) {
			assertNull(kept(store, "polizei", 0), "a damaged file is never served");
			assertEquals(first, analyses(store, "polizei"));
		}
		try (CorpusStore store = open(corpus)) {
			assertNotNull(kept(store, "polizei", 0), "and written again");
		}
	}

	@Test
	void anEditedSentenceIsAnalysedAgain() throws IOException {
		try (CorpusStore store = open(corpus)) {
			analyses(store, "polizei");
		}
		Files.writeString(corpus.resolve("polizei.txt"), TEXT.replace("500", "900"));
		try (CorpusStore store = open(corpus)) {
			assertNull(kept(store, "polizei", 0));
			List<AnalyzedText> now = analyses(store, "polizei");
			assertEquals(computed(store, "polizei"), now);
			assertEquals(900.0, now.get(0).quantities().get(0).value());
			assertNotEquals(null, kept(store, "polizei", 0));
		}
	}
}
