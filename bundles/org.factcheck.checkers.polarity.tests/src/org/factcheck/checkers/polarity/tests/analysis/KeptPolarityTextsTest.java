package org.factcheck.checkers.polarity.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.analysis.PolarityTextCodec;
import org.factcheck.checkers.polarity.analysis.SentencePolarities;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.derived.DerivedData;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.candidates.KeptSentenceValues;
import org.factcheck.evidence.terms.AnalyzedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus sentence's polarity text kept with the corpus cache: it reads back as computed (words,
 * clauses, negations, lexicon entries, auxiliaries, modals), a later run is served it, and damaged,
 * foreign or stale entries are computed again.
 */
class KeptPolarityTextsTest {

	private static final String TEXT = """
			Die Gemeinde lehnte den Antrag nicht ab, sondern stimmte ihm zu.
			Der Minister weigerte sich, die Zahlen zu nennen, weil sie nicht vollständig seien.
			Die Preise sind gestiegen, obwohl die Nachfrage kaum gesunken ist.
			""";
	private static final String ID = "antrag";

	@TempDir
	Path temp;

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

	/** Everything a polarity text tells its readers, as a string. */
	private static String described(PolarityText text) {
		List<String> parts = new ArrayList<>();
		parts.add(text.words().stream().map(w -> w.index() + " " + w.text() + " " + w.tag() + " " + w.key() + " " + w.headKey()
				+ " " + new TreeSet<>(w.verbForms())).toList().toString());
		for (Clause clause : text.clauses()) {
			parts.add(clause + " " + text.negation(clause) + " " + text.poles(clause) + " " + text.incompatibles(clause) + " "
					+ text.modals(clause) + " " + text.withComplements(clause));
		}
		int tokens = text.analysis().tokens().size();
		parts.add(IntStream.range(0, tokens).mapToObj(i -> text.isAuxiliary(i) + "/" + text.term(i) + "/" + text.incompatibleAt(i))
				.toList().toString());
		parts.add(text.text() + " " + text.isQuestion());
		return String.join("\n", parts);
	}

	/** Each sentence's polarity text through the kept values, described, in document order. */
	private static List<String> kept(CorpusStore store) {
		Content content = store.content(ID).orElseThrow();
		DocumentSentences document = DocumentSentences.of(content);
		return document.all().stream()
				.map(s -> described(SentencePolarities.of(content, s.getIndex(), document.analysis(s)))).toList();
	}

	/** Each sentence's polarity text computed, described, in document order. */
	private static List<String> computed(CorpusStore store) {
		DocumentSentences document = DocumentSentences.of(store.content(ID).orElseThrow());
		return document.all().stream().map(s -> described(PolarityText.of(document.analysis(s)))).toList();
	}

	private static DerivedData derived(CorpusStore store) {
		return DerivedData.of(store.content(ID).orElseThrow()).orElseThrow();
	}

	private static byte[] encode(AnalyzedText analysis) {
		return KeptSentenceValues.encode(PolarityText.of(analysis), analysis.text(), new PolarityTextCodec(analysis));
	}

	@Test
	void everySeedSentencesPolarityTextReadsBackAsComputed() throws IOException {
		int sentences = 0;
		int negated = 0;
		int poles = 0;
		try (CorpusStore store = TestCorpora.seedStore()) {
			for (Document document : store.corpus().getDocuments()) {
				DocumentSentences sentencesOf = DocumentSentences.of(store.content(document.getId()).orElseThrow());
				for (Sentence sentence : sentencesOf.all()) {
					AnalyzedText analysis = sentencesOf.analysis(sentence);
					PolarityText computed = PolarityText.of(analysis);
					PolarityText read = KeptSentenceValues.decode(encode(analysis), sentence.getText(), new PolarityTextCodec(analysis));
					assertNotNull(read, sentence.getText());
					assertEquals(described(computed), described(read));
					sentences++;
					negated += (int) computed.clauses().stream().filter(c -> !computed.negation(c).cues().isEmpty()).count();
					poles += computed.clauses().stream().mapToInt(c -> computed.poles(c).size()).sum();
				}
			}
		}
		assertTrue(sentences > 100 && negated > 10 && poles > 50, sentences + " sentences, " + negated + " negated clauses, " + poles + " poles");
	}

	@Test
	void aLaterRunIsServedTheKeptTexts() throws IOException {
		List<String> first;
		try (CorpusStore store = open()) {
			first = kept(store);
			assertEquals(computed(store), first);
		}
		try (CorpusStore store = open()) {
			for (int i = 0; i < first.size(); i++) {
				assertNotNull(derived(store).get(SentencePolarities.KIND, SentencePolarities.VERSION, i), "sentence " + i);
			}
			assertEquals(first, kept(store));
		}
	}

	@Test
	void damagedForeignAndStaleEntriesAreComputedAgain() throws IOException {
		List<String> first;
		try (CorpusStore store = open()) {
			first = kept(store);
			DocumentSentences document = DocumentSentences.of(store.content(ID).orElseThrow());
			AnalyzedText analysis0 = document.analysis(document.sentence(0));
			AnalyzedText analysis1 = document.analysis(document.sentence(1));
			byte[] valid = encode(analysis0);
			DerivedData derived = derived(store);
			// not what the codec writes
			derived.put(SentencePolarities.KIND, SentencePolarities.VERSION, 0, new byte[] { 1, 2, 3 });
			// made from another sentence
			derived.put(SentencePolarities.KIND, SentencePolarities.VERSION, 1, encode(document.analysis(document.sentence(2))));
			// cut short
			derived.put(SentencePolarities.KIND, SentencePolarities.VERSION, 2, Arrays.copyOf(valid, valid.length - 1));
			PolarityTextCodec codec = new PolarityTextCodec(analysis0);
			assertNull(KeptSentenceValues.decode(Arrays.copyOf(valid, valid.length - 1), analysis0.text(), codec));
			assertNull(KeptSentenceValues.decode(Arrays.copyOf(valid, valid.length + 1), analysis0.text(), codec));
			assertNull(KeptSentenceValues.decode(valid, analysis1.text(), new PolarityTextCodec(analysis1)));
			assertEquals(described(PolarityText.of(analysis0)), described(KeptSentenceValues.decode(valid, analysis0.text(), codec)));
		}
		try (CorpusStore store = open()) {
			assertEquals(first, kept(store), "damaged or foreign entries are computed again");
		}
		try (CorpusStore store = open()) {
			derived(store).put(SentencePolarities.KIND, "polarities-0/older", 0, new byte[] { 1 });
		}
		try (CorpusStore store = open()) {
			assertEquals(first, kept(store), "an entry of another version is not served");
		}
	}
}
