package org.factcheck.corpus.store.importer;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.DateMention;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.NumberMention;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.PageFurniture;
import org.factcheck.corpus.store.index.IndexedSentence;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.factcheck.text.quotes.Quote;
import org.factcheck.text.quotes.QuoteFinder;
import org.factcheck.text.segment.ParagraphSplitter;
import org.factcheck.text.segment.SentenceSplitter;
import org.factcheck.text.segment.TextSpan;

/**
 * Turns the bytes of a corpus file into a document: decoded text, paragraphs and sentences, page
 * furniture, metadata (the manifest entry wins over what the text says), and number, date and
 * quotation annotations outside furniture. Thread-safe.
 */
public final class DocumentImporter {

	/** Changes whenever the importer produces different documents from the same files. */
	public static final String VERSION = "import-1";
	private static final String LANGUAGE = "de";

	private static final CorpusFactory FACTORY = CorpusFactory.eINSTANCE;

	public ImportedDocument importDocument(Path file, String id, byte[] bytes, String hash, ManifestEntry entry) {
		DecodedText decoded = TextDecoder.decode(file, bytes);
		String text = decoded.text();

		List<TextSpan> paragraphs = ParagraphSplitter.german().split(text);
		List<List<TextSpan>> sentences = new ArrayList<>(paragraphs.size());
		List<TextSpan> allSentences = new ArrayList<>();
		for (TextSpan paragraph : paragraphs) {
			List<TextSpan> own = SentenceSplitter.german().split(text, paragraph);
			sentences.add(own);
			allSentences.addAll(own);
		}
		List<Quote> quotes = QuoteFinder.german().find(text, allSentences);
		List<FurnitureSpan> furniture = FurnitureDetector.german().detect(text, paragraphs, sentences, quotes);
		DocumentMetadata metadata = MetadataExtractor.extract(text, paragraphs, sentences, furniture);
		List<DateExpression> dates = DateFinder.german().find(text);
		List<Quantity> quantities = QuantityFinder.german().find(text, dates);

		Content content = FACTORY.createContent();
		content.setText(text);
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
				if (!PageFurniture.isFurniture(content, span.start(), span.end())) {
					indexed.add(new IndexedSentence(index, span.start(), span.end(), span.of(text)));
				}
				index++;
			}
			content.getParagraphs().add(paragraph);
		}
		List<Annotation> annotations = new ArrayList<>(content.getAnnotations());
		for (Quantity quantity : quantities) {
			if (!PageFurniture.isFurniture(content, quantity.start(), quantity.end())) {
				annotations.add(numberMention(quantity));
			}
		}
		for (DateExpression date : dates) {
			if (!PageFurniture.isFurniture(content, date.start(), date.end())) {
				annotations.add(dateMention(date));
			}
		}
		for (Quote quote : quotes) {
			if (!PageFurniture.isFurniture(content, quote.start(), quote.end())) {
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
		document.setTitle(entry != null && entry.title() != null ? entry.title() : metadata.title());
		document.setUrl(entry != null && entry.url() != null ? entry.url() : metadata.url());
		document.setPublisher(entry != null && entry.publisher() != null ? entry.publisher() : metadata.publisher());
		document.setPublished(entry != null && entry.date() != null ? entry.date() : metadata.published());
		document.setSection(entry != null ? entry.section() : null);
		if (entry != null) {
			document.getProperties().putAll(entry.properties());
		}
		document.setLanguage(LANGUAGE);
		document.setPath(file.toAbsolutePath().toString());
		document.setFingerprint(hash);
		document.setContent(content);
		return new ImportedDocument(document, indexed, hash, decoded.problems());
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
