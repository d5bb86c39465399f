package org.factcheck.corpus.store.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.cache.ContentCodec;
import org.factcheck.corpus.store.importer.DocumentImporter;
import org.factcheck.corpus.store.importer.ImportedDocument;
import org.factcheck.corpus.store.importer.Manifest;
import org.factcheck.corpus.store.importer.ManifestReader;
import org.factcheck.corpus.store.importer.TextDecoder;
import org.factcheck.corpus.store.index.IndexedSentence;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.text.segment.SentenceSplitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Imports random and mutated documents and reads random manifests, for {@value #DEFAULT_SECONDS}
 * seconds (system property {@code factcheck.fuzz.seconds}) with a fixed seed (property
 * {@code factcheck.fuzz.seed}). No input may throw or take longer than {@value #HANG_SECONDS}
 * seconds, and every imported document must be well formed: paragraphs and sentences in order and
 * within the text, sentences no longer than {@link SentenceSplitter#MAX_LENGTH}, annotations within
 * the text, indexed sentences equal to the text they cover, content that reads back as written. A
 * failing input is saved to {@code target/work/fuzz-failures}; keep it in {@code reproducers}.
 */
class DocumentFuzzTest {

	private static final int DEFAULT_SECONDS = 40;
	private static final int HANG_SECONDS = 20;
	private static final String REPRODUCERS = "/org/factcheck/corpus/store/tests/fuzz/reproducers";

	private static final String[] PIECES = { "Die", "Regierung", "hat", "am", "Montag", "3,4", "Millionen", "Euro",
			"beschlossen", ".", "!", "?", "…", ",", ";", ":", "–", "-", "„", "“", "\"", "»", "«", "(", ")", "[", "]",
			"z. B.", "Dr.", "7.", "November", "2024", "24.10.2024", "12:30", "Uhr", "17 %", "0664 123 45 67",
			"+43 (0)1 531 70", "https://example.org/a?b=c", "www.example.org", "info@example.org", "Quelle:", "Foto:",
			"Anzeige", "Newsletter", "Kommentare (3)", "Sie", "Ihr", "du", "(APA, 12.9.2015)", "NAME / Agentur / Foto",
			"sagte", "zwischen", "und", "bis", "rund", "über", "Mio.", "Prozentpunkte", "Donaudampfschifffahrtsgesellschaftskapitänswitwenrente",
			"\n", "\n", "\n\n", "\r\n", " ", " ", " ", "\t", "\u00A0", "\u00AD", "\u200B", "\uFEFF", "\u0000", "\u001B[2J",
			"\uD83D\uDE00", "\uD800", "日本語", "ß", "ẞ", "Ä" };

	@TempDir
	Path temp;

	private ExecutorService executor;
	private final DocumentImporter importer = new DocumentImporter();

	@BeforeEach
	void setUp() {
		executor = newExecutor();
	}

	@AfterEach
	void tearDown() {
		executor.shutdownNow();
	}

	private static ExecutorService newExecutor() {
		return Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "document-fuzz");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Test
	void reproducersAndRandomDocumentsImportWellFormedInBoundedTime() throws Exception {
		for (byte[] reproducer : reproducers("*.txt")) {
			check(reproducer, this::importAndCheck, ".txt");
		}
		for (byte[] reproducer : reproducers("*.jsonl")) {
			check(reproducer, this::readManifest, ".jsonl");
		}
		long seed = Long.getLong("factcheck.fuzz.seed", 20241204L);
		Random random = new Random(seed);
		List<byte[]> seeds = seeds();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("factcheck.fuzz.seconds", DEFAULT_SECONDS));
		int iterations = 0;
		while (System.nanoTime() < deadline) {
			int kind = random.nextInt(8);
			if (kind == 0) {
				check(manifest(random), this::readManifest, ".jsonl");
			} else {
				byte[] input = kind < 4 ? generated(random).getBytes(StandardCharsets.UTF_8)
						: kind < 7 ? mutated(seeds.get(random.nextInt(seeds.size())), random)
								: randomBytes(random);
				check(input, this::importAndCheck, ".txt");
			}
			iterations++;
		}
		assertTrue(iterations > 0);
		System.out.println("document fuzzing: " + iterations + " inputs, seed " + seed);
	}

	/** Checks one input; returns what is wrong with the outcome, or null. */
	private interface Check {
		String run(byte[] input) throws Exception;
	}

	private void check(byte[] input, Check check, String extension) throws Exception {
		Future<String> outcome = executor.submit(() -> check.run(input));
		String problem;
		try {
			problem = outcome.get(HANG_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			outcome.cancel(true);
			executor.shutdownNow();
			executor = newExecutor();
			problem = "no result within " + HANG_SECONDS + " s";
		} catch (ExecutionException e) {
			e.getCause().printStackTrace();
			problem = "an exception: " + e.getCause();
		}
		if (problem != null) {
			Path folder = Files.createDirectories(Path.of("fuzz-failures").toAbsolutePath());
			Path saved = folder.resolve(String.format("%08x%s", Arrays.hashCode(input), extension));
			Files.write(saved, input);
			fail(problem + "; input saved as " + saved);
		}
	}

	private String importAndCheck(byte[] bytes) {
		Path file = temp.resolve("fuzz.txt");
		ImportedDocument imported = importer.importDocument(file, "fuzz", TextDecoder.decode(file, bytes),
				DocumentImporter.hash(bytes), null);
		Content content = imported.document().getContent();
		String text = content.getText();
		int previousEnd = 0;
		int index = 0;
		for (Paragraph paragraph : content.getParagraphs()) {
			if (paragraph.getStart() < previousEnd || paragraph.getEnd() > text.length() || paragraph.getStart() > paragraph.getEnd()) {
				return "paragraph [" + paragraph.getStart() + ", " + paragraph.getEnd() + ") out of order or bounds";
			}
			previousEnd = paragraph.getEnd();
			int sentenceEnd = paragraph.getStart();
			for (Sentence sentence : paragraph.getSentences()) {
				if (sentence.getStart() < sentenceEnd || sentence.getEnd() > paragraph.getEnd() || sentence.getStart() >= sentence.getEnd()) {
					return "sentence [" + sentence.getStart() + ", " + sentence.getEnd() + ") outside its paragraph";
				}
				if (sentence.getEnd() - sentence.getStart() > SentenceSplitter.MAX_LENGTH) {
					return "sentence of " + (sentence.getEnd() - sentence.getStart()) + " characters";
				}
				if (sentence.getIndex() != index++) {
					return "sentence index " + sentence.getIndex() + " where " + (index - 1) + " was due";
				}
				sentenceEnd = sentence.getEnd();
			}
		}
		for (Annotation annotation : content.getAnnotations()) {
			if (annotation.getStart() < 0 || annotation.getEnd() > text.length() || annotation.getStart() > annotation.getEnd()) {
				return "annotation " + annotation.eClass().getName() + " [" + annotation.getStart() + ", " + annotation.getEnd() + ") out of bounds";
			}
		}
		for (IndexedSentence sentence : imported.sentences()) {
			if (!text.substring(sentence.start(), sentence.end()).equals(sentence.text())) {
				return "indexed sentence " + sentence.index() + " differs from the text it covers";
			}
		}
		try {
			Content read = ContentCodec.decode("fuzz", ContentCodec.encode("fuzz", content), new BinaryResourceImpl());
			if (!text.equals(read.getText()) || read.getAnnotations().size() != content.getAnnotations().size()
					|| read.getParagraphs().size() != content.getParagraphs().size()) {
				return "the content does not read back as written";
			}
		} catch (IOException e) {
			return "the content does not read back: " + e;
		}
		return null;
	}

	private String readManifest(byte[] bytes) throws IOException {
		Path file = temp.resolve(Manifest.FILE_NAME);
		Files.write(file, bytes);
		Manifest manifest = ManifestReader.read(file);
		return manifest.problems().stream().anyMatch(p -> p.message() == null || p.message().isBlank())
				? "a manifest problem without a message" : null;
	}

	private static String generated(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(random.nextInt(10) == 0 ? 20_000 : 600);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
			if (random.nextInt(4) > 0) {
				text.append(' ');
			}
		}
		return text.toString();
	}

	private static byte[] randomBytes(Random random) {
		byte[] bytes = new byte[random.nextInt(4096)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] manifest(Random random) {
		String[] pieces = { "{", "}", "\"id\"", "\"title\"", "\"date\"", "\"url\"", ":", ",", "\"x\"", "\"2024-02-30\"",
				"\"2024-06-21\"", "null", "1", "[", "]", "\n", "\"\\u00fc\"", "\"", "\uFEFF", "\u0000" };
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(300); i > 0; i--) {
			text.append(pieces[random.nextInt(pieces.length)]);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] mutated(byte[] input, Random random) {
		byte[] out = input.clone();
		int mutations = 1 + random.nextInt(16);
		for (int m = 0; m < mutations && out.length > 0; m++) {
			int at = random.nextInt(out.length);
			switch (random.nextInt(4)) {
			case 0 -> out[at] = (byte) random.nextInt(256);
			case 1 -> out = Arrays.copyOf(out, at);
			case 2 -> {
				byte[] piece = PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8);
				byte[] longer = new byte[out.length + piece.length];
				System.arraycopy(out, 0, longer, 0, at);
				System.arraycopy(piece, 0, longer, at, piece.length);
				System.arraycopy(out, at, longer, at + piece.length, out.length - at);
				out = longer;
			}
			default -> {
				int length = Math.min(out.length - at, random.nextInt(200));
				byte[] longer = new byte[out.length + length];
				System.arraycopy(out, 0, longer, 0, at + length);
				System.arraycopy(out, at, longer, at + length, out.length - at);
				out = longer;
			}
			}
		}
		return out;
	}

	/** Real documents to mutate: the seed corpus and some real news. */
	private static List<byte[]> seeds() throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		for (Path file : TestCorpora.files(TestCorpora.seeds())) {
			seeds.add(Files.readAllBytes(file));
		}
		List<Path> gnad = TestCorpora.files(TestCorpora.gnad());
		for (int i = 0; i < gnad.size(); i += 50) {
			if (gnad.get(i).toString().endsWith(".txt")) {
				seeds.add(Files.readAllBytes(gnad.get(i)));
			}
		}
		return seeds;
	}

	private List<byte[]> reproducers(String pattern) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		List<byte[]> inputs = new ArrayList<>();
		if (bundle != null) {
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			List<String> names = new ArrayList<>(wiring.listResources(REPRODUCERS, pattern, 0));
			Collections.sort(names);
			for (String name : names) {
				try (InputStream in = wiring.getClassLoader().getResourceAsStream(name)) {
					inputs.add(in.readAllBytes());
				}
			}
		}
		if ("*.txt".equals(pattern)) {
			assertFalse(inputs.isEmpty(), "the reproducers are found in the test bundle");
		}
		return inputs;
	}
}
