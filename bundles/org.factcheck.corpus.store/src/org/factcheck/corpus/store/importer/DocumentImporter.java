package org.factcheck.corpus.store.importer;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.DateMention;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.NumberMention;
import org.factcheck.corpus.Page;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.formats.DocumentFormats;
import org.factcheck.corpus.formats.DocumentReader;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.PageSpan;
import org.factcheck.corpus.formats.SourceDocument;
import org.factcheck.corpus.formats.SourceMetadata;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.RangeCoverage;
import org.factcheck.corpus.store.index.IndexedSentence;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.factcheck.text.quotes.Quote;
import org.factcheck.text.quotes.QuoteFinder;
import org.factcheck.text.segment.ParagraphSplitter;
import org.factcheck.text.segment.SentenceSplitter;
import org.factcheck.text.segment.TextSpan;

/**
 * Turns the bytes of a corpus file into a document: decoded text (by {@link TextDecoder}, or what a
 * format reader made of the file), paragraphs and sentences, page furniture (marked by the reader or
 * found in the text), metadata (the manifest entry wins over what the file states, which wins over
 * what the text says), pages, and number, date and quotation annotations outside furniture.
 * Thread-safe.
 */
public final class DocumentImporter {

	/** Where a long document's numbers and dates are found while its sentences are analysed. */
	private static final Executor NUMBER_THREADS = DaemonThreads.named("import-numbers");

	/** Changes whenever the importer produces different documents from the same files. */
	public static final String VERSION = "import-3/" + DocumentFormats.VERSION;
	private static final String LANGUAGE = "de";

	private static final CorpusFactory FACTORY = CorpusFactory.eINSTANCE;
	/** From this many characters on, numbers and dates are found concurrently with the rest of the analysis. */
	public static final int CONCURRENT_FROM = 1 << 20;

	private final int concurrentFrom;

	/** An importer that analyses texts of {@value #CONCURRENT_FROM} characters or more on two threads. */
	public DocumentImporter() {
		this(CONCURRENT_FROM);
	}

	/**
	 * An importer that analyses texts of {@code concurrentFrom} characters or more on two threads
	 * (numbers and dates beside the rest); the documents are the same whichever it is.
	 */
	public DocumentImporter(int concurrentFrom) {
		this.concurrentFrom = concurrentFrom;
	}

	/** Imports a plain text document (whatever the file's extension). */
	public ImportedDocument importDocument(Path file, String id, byte[] bytes, String hash, ManifestEntry entry) {
		return importDocument(file, id, TextDecoder.decode(file, bytes), hash, entry);
	}

	/**
	 * Imports a plain text document already decoded.
	 *
	 * @param file  the file the text was read from
	 * @param read  its text and the problems met reading it
	 * @param hash  the content hash of the file ({@link #hash})
	 * @param entry its manifest entry, or null
	 */
	public ImportedDocument importDocument(Path file, String id, DecodedText read, String hash, ManifestEntry entry) {
		return analyse(file, id, 0, plainText(read.text()), read.problems(), hash, entry);
	}

	/**
	 * Imports a document of any format the corpus takes: plain text is decoded here, other formats
	 * are read by their {@link DocumentFormats reader} first, whose text, furniture, metadata and
	 * pages the analysis then starts from.
	 *
	 * @throws UnreadableDocumentException when the source holds no document that can be imported
	 */
	public ImportedDocument importDocument(DocumentSource source, String hash, ManifestEntry entry)
			throws UnreadableDocumentException {
		Optional<DocumentReader> reader = DocumentFormats.reader(source.file());
		if (reader.isEmpty()) {
			return importDocument(source.file(), source.id(), source.bytes(), hash, entry);
		}
		SourceDocument read = reader.get().read(source);
		List<ImportProblem> problems = read.problems().stream()
				.map(p -> new ImportProblem(source.file(), p.line(), p.column(), p.message())).toList();
		return analyse(source.file(), source.id(), source.line(), read, problems, hash, entry);
	}

	private static SourceDocument plainText(String text) {
		return new SourceDocument(text, SourceMetadata.NONE, List.of(), List.of(), List.of());
	}

	private ImportedDocument analyse(Path file, String id, int sourceLine, SourceDocument read,
			List<ImportProblem> problems, String hash, ManifestEntry entry) {
		String text = read.text();
		// A long text finds its numbers and dates on a thread of its own while this one splits and
		// detects furniture: the two take about as long, and neither depends on the other.
		CompletableFuture<QuantityFinder.DatesAndQuantities> numbersFound = text.length() < concurrentFrom ? null
				: CompletableFuture.supplyAsync(() -> QuantityFinder.german().findWithDates(text), NUMBER_THREADS);

		List<TextSpan> paragraphs = ParagraphSplitter.german().split(text);
		List<List<TextSpan>> sentences = new ArrayList<>(paragraphs.size());
		List<TextSpan> allSentences = new ArrayList<>();
		for (TextSpan paragraph : paragraphs) {
			List<TextSpan> own = SentenceSplitter.german().split(text, paragraph);
			sentences.add(own);
			allSentences.addAll(own);
		}
		List<Quote> quotes = QuoteFinder.german().find(text, allSentences);
		List<FurnitureSpan> furniture = MarkedFurniture.merge(read.furniture(),
				FurnitureDetector.german().detect(text, paragraphs, sentences, quotes));
		DocumentMetadata metadata = MetadataExtractor.extract(text, paragraphs, sentences, furniture);
		SourceMetadata stated = read.metadata();
		QuantityFinder.DatesAndQuantities numbers = numbersFound == null ? QuantityFinder.german().findWithDates(text)
				: DaemonThreads.joined(numbersFound);
		List<DateExpression> dates = numbers.dates();
		List<Quantity> quantities = numbers.quantities();

		Content content = FACTORY.createContent();
		content.setText(text);
		for (PageSpan span : read.pages()) {
			Page page = FACTORY.createPage();
			page.setNumber(span.number());
			page.setLabel(span.label() != null ? span.label() : String.valueOf(span.number()));
			page.setStart(span.start());
			page.setEnd(span.end());
			content.getPages().add(page);
		}
		List<int[]> furnitureRanges = new ArrayList<>(furniture.size());
		for (FurnitureSpan span : furniture) {
			furnitureRanges.add(new int[] { span.span().start(), span.span().end() });
		}
		RangeCoverage coverage = RangeCoverage.of(text, furnitureRanges);
		for (FurnitureSpan span : furniture) {
			Furniture f = FACTORY.createFurniture();
			f.setStart(span.span().start());
			f.setEnd(span.span().end());
			f.setKind(span.kind());
			content.getAnnotations().add(f);
		}
		List<IndexedSentence> indexed = new ArrayList<>();
		int index = 0;
		for (int p = 0; p < paragraphs.size(); p++) {
			Paragraph paragraph = FACTORY.createParagraph();
			paragraph.setStart(paragraphs.get(p).start());
			paragraph.setEnd(paragraphs.get(p).end());
			for (TextSpan span : sentences.get(p)) {
				Sentence sentence = FACTORY.createSentence();
				sentence.setStart(span.start());
				sentence.setEnd(span.end());
				sentence.setIndex(index);
				paragraph.getSentences().add(sentence);
				if (!coverage.coversMostOf(span.start(), span.end())) {
					indexed.add(new IndexedSentence(index, span.start(), span.end(), span.of(text)));
				}
				index++;
			}
			content.getParagraphs().add(paragraph);
		}
		List<Annotation> annotations = new ArrayList<>(content.getAnnotations());
		for (Quantity quantity : quantities) {
			if (!coverage.coversMostOf(quantity.start(), quantity.end())) {
				annotations.add(numberMention(quantity));
			}
		}
		for (DateExpression date : dates) {
			if (!coverage.coversMostOf(date.start(), date.end())) {
				annotations.add(dateMention(date));
			}
		}
		for (Quote quote : quotes) {
			if (!coverage.coversMostOf(quote.start(), quote.end())) {
				QuoteMention mention = FACTORY.createQuoteMention();
				mention.setStart(quote.start());
				mention.setEnd(quote.end());
				mention.setSpeaker(quote.speaker());
				annotations.add(mention);
			}
		}
		annotations.sort(Comparator.comparingInt(Annotation::getStart).thenComparing(Annotation::getEnd, Comparator.reverseOrder()));
		content.getAnnotations().clear();
		content.getAnnotations().addAll(annotations);

		Document document = FACTORY.createDocument();
		document.setId(id);
		document.setTitle(first(entry == null ? null : entry.title(), stated.title(), metadata.title()));
		document.setUrl(first(entry == null ? null : entry.url(), stated.url(), metadata.url()));
		document.setPublisher(first(entry == null ? null : entry.publisher(), stated.publisher(), metadata.publisher()));
		document.setPublished(entry != null && entry.date() != null ? entry.date()
				: stated.published() != null ? stated.published() : metadata.published());
		document.setSection(first(entry == null ? null : entry.section(), stated.section()));
		if (entry != null) {
			document.getProperties().putAll(entry.properties());
		}
		document.setAuthor(stated.author());
		document.setLanguage(stated.language() != null ? stated.language() : LANGUAGE);
		document.setPath(file.toAbsolutePath().toString());
		document.setSourceLine(sourceLine);
		document.setFingerprint(hash);
		document.setContent(content);
		return new ImportedDocument(document, indexed, hash, problems);
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The fingerprint of a file's bytes: {@code sha256:<hex>}. */
	public static String hash(byte[] bytes) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	private static NumberMention numberMention(Quantity quantity) {
		NumberMention mention = FACTORY.createNumberMention();
		mention.setStart(quantity.start());
		mention.setEnd(quantity.end());
		mention.setValue(quantity.value());
		mention.setUpperValue(quantity.upperValue());
		mention.setQualifier(org.factcheck.corpus.Qualifier.valueOf(quantity.qualifier().name()));
		mention.setUnit(quantity.unit());
		mention.setOrdinal(quantity.ordinal());
		return mention;
	}

	private static DateMention dateMention(DateExpression date) {
		DateMention mention = FACTORY.createDateMention();
		mention.setStart(date.start());
		mention.setEnd(date.end());
		mention.setYear(date.year());
		mention.setMonth(date.month());
		mention.setDay(date.day());
		mention.setWeekday(date.weekday());
		if (date.rangeEnd() != null) {
			mention.setRangeEnd(dateMention(date.rangeEnd()));
		}
		return mention;
	}
}
