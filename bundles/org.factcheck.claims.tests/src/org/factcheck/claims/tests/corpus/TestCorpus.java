package org.factcheck.claims.tests.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.corpus.Sentence;

/**
 * An in-memory corpus for tests, built without the corpus store: the seed documents bundled with
 * the tests plus the {@code .txt} files of the corpus folder. Paragraphs are lines, sentences are
 * split at sentence punctuation, text in „…“ is a quote, and captions, comment forms, "see also"
 * links and menu lines are page furniture.
 */
public final class TestCorpus {

	/** The bundled seed documents, by id. */
	public static final List<String> SEED_IDS = List.of("000_8c535eb6db9358b5", "001_f7fa05fd70448d5b",
			"002_f309d34ae93e6e9e", "003_5631f6e596cc8e95", "004_cf013e87bb0c4974");

	/** Publisher given to every test document. */
	public static final String PUBLISHER = "Testnachrichten";

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[^\\d\\s][.!?]|[.!?]“)\\s+(?=[\\p{Lu}„\\d])");
	private static final Pattern QUOTE = Pattern.compile("„([^“]+)“");
	private static final Pattern LINE = Pattern.compile("[^\\n]+");
	private static final List<String> FURNITURE_STARTS = List.of("|", "Siehe auch", "Schreibe einen Kommentar",
			"Deine E-Mail-Adresse", "Die Geschichte geht nach dem Film weiter");

	private TestCorpus() {
	}

	/** The corpus of {@code directory}, contained in a resource of its own. */
	public static Corpus load(Path directory) {
		Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
		corpus.setLocation(directory.toString());
		for (int i = 0; i < SEED_IDS.size(); i++) {
			String id = SEED_IDS.get(i);
			corpus.getDocuments().add(document(id, seedText(id), LocalDate.of(2024, 6, 17 + i),
					directory.resolve(id + ".txt")));
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".txt")).sorted().toList()) {
				String name = file.getFileName().toString();
				corpus.getDocuments().add(document(name.substring(0, name.length() - 4), Files.readString(file),
						LocalDate.of(2024, 7, 1), file));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Resource resource = new ResourceImpl(URI.createFileURI(directory.resolve("corpus.xmi").toString()));
		resource.getContents().add(corpus);
		return corpus;
	}

	private static Document document(String id, String text, LocalDate published, Path path) {
		Document document = CorpusFactory.eINSTANCE.createDocument();
		document.setId(id);
		document.setPath(path.toString());
		document.setPublisher(PUBLISHER);
		document.setPublished(published);
		document.setUrl("https://nachrichten.example/" + id);
		document.setLanguage("de");
		document.setContent(content(text));
		document.setTitle(document.getContent().getParagraphs().get(0).getSentences().get(0).getText());
		return document;
	}

	private static Content content(String text) {
		Content content = CorpusFactory.eINSTANCE.createContent();
		content.setText(text);
		int sentenceIndex = 0;
		Matcher line = LINE.matcher(text);
		while (line.find()) {
			if (line.group().isBlank()) {
				continue;
			}
			Paragraph paragraph = CorpusFactory.eINSTANCE.createParagraph();
			paragraph.setStart(line.start());
			paragraph.setEnd(line.end());
			content.getParagraphs().add(paragraph);
			String lineText = line.group();
			Matcher end = SENTENCE_END.matcher(lineText);
			int start = 0;
			boolean more = true;
			while (more) {
				more = end.find();
				int stop = more ? end.start() : lineText.length();
				Sentence sentence = CorpusFactory.eINSTANCE.createSentence();
				sentence.setStart(line.start() + start);
				sentence.setEnd(line.start() + stop);
				sentence.setIndex(sentenceIndex++);
				paragraph.getSentences().add(sentence);
				start = more ? end.end() : stop;
			}
			if (isFurniture(line.group())) {
				Furniture furniture = CorpusFactory.eINSTANCE.createFurniture();
				furniture.setKind(line.group().startsWith("|") ? FurnitureKind.PHOTO_CREDIT : FurnitureKind.OTHER);
				furniture.setStart(line.start());
				furniture.setEnd(line.end());
				content.getAnnotations().add(furniture);
			}
		}
		Matcher quote = QUOTE.matcher(text);
		while (quote.find()) {
			QuoteMention mention = CorpusFactory.eINSTANCE.createQuoteMention();
			mention.setStart(quote.start(1));
			mention.setEnd(quote.end(1));
			content.getAnnotations().add(mention);
		}
		return content;
	}

	private static boolean isFurniture(String line) {
		String stripped = line.strip();
		return FURNITURE_STARTS.stream().anyMatch(stripped::startsWith)
				|| stripped.length() < 25 && !stripped.matches(".*[.!?]$");
	}

	private static String seedText(String id) {
		try (InputStream in = TestCorpus.class.getResourceAsStream("seeds/" + id + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("seed document missing from the test bundle: " + id);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
