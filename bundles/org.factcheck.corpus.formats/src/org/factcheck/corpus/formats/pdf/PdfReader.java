package org.factcheck.corpus.formats.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.formats.DocumentReader;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.FurnitureMark;
import org.factcheck.corpus.formats.PageSpan;
import org.factcheck.corpus.formats.ReadProblem;
import org.factcheck.corpus.formats.SourceDocument;
import org.factcheck.corpus.formats.SourceMetadata;
import org.factcheck.corpus.formats.UnreadableDocumentException;

/**
 * Reads PDF files with Apache PDFBox: the text of each page in reading order, printed lines joined
 * back into paragraphs (see {@link Paragraphs}), the pages kept as spans of the text (with the
 * page labels the file prints, when it has them), and running headers and footers (a line that
 * starts or ends most pages, page numbers) marked as furniture. Metadata comes from the document
 * information: title, author, creation date, language. A PDF without any text layer (scanned
 * pages) cannot be imported and says so; pages without text among others are reported.
 */
public final class PdfReader implements DocumentReader {

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"(?i)[\\s\\p{Punct}–—]*(?:(?:seite|page|s\\.|p\\.)\\s*)?\\d{1,4}(?:\\s*(?:von|/|of)\\s*\\d{1,4})?[\\s\\p{Punct}–—]*");
	private static final Pattern NO_TITLE = Pattern.compile("(?i)(?:untitled|unbenannt|microsoft word - .*|.*\\.(?:docx?|odt|rtf|pdf|txt|indd))");
	private static final String PARAGRAPH_BREAK = "\n\n";

	@Override
	public SourceDocument read(DocumentSource source) throws UnreadableDocumentException {
		try (PDDocument pdf = Loader.loadPDF(source.bytes())) {
			List<String> raw = new PagedTextStripper().pages(pdf);
			List<PageLines> pages = raw.stream().map(PageLines::of).toList();
			List<ReadProblem> problems = new ArrayList<>();
			checkTextLayer(pdf, pages, problems);
			return assemble(pdf, pages, problems);
		} catch (InvalidPasswordException e) {
			throw new UnreadableDocumentException(ReadProblem.ofFile("the PDF is protected by a password; save it without one to import it"), e);
		} catch (IOException e) {
			throw new UnreadableDocumentException(ReadProblem.ofFile("not a readable PDF: " + e.getMessage()), e);
		}
	}

	/** Fails for a PDF without text; reports pages without text among pages with text. */
	private static void checkTextLayer(PDDocument pdf, List<PageLines> pages, List<ReadProblem> problems)
			throws UnreadableDocumentException {
		List<Integer> empty = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).isEmpty()) {
				empty.add(i + 1);
			}
		}
		if (empty.size() == pages.size()) {
			int withImages = 0;
			for (PDPage page : pdf.getPages()) {
				withImages += hasImages(page) ? 1 : 0;
			}
			String message = withImages > 0
					? "no text layer: " + (pages.size() == 1 ? "the page is an image" : "the " + pages.size() + " pages are images")
							+ " (a scanned PDF?); run text recognition on it (for example ocrmypdf) and import the result"
					: "the PDF contains no text";
			throw new UnreadableDocumentException(ReadProblem.ofFile(message));
		}
		if (!empty.isEmpty()) {
			problems.add(ReadProblem.ofFile((empty.size() == 1 ? "page " : "pages ")
					+ empty.stream().map(String::valueOf).collect(Collectors.joining(", "))
					+ " have no text layer (scanned?); what they show is not imported"));
		}
	}

	private static boolean hasImages(PDPage page) {
		PDResources resources = page.getResources();
		if (resources == null) {
			return false;
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.isImageXObject(name)) {
				return true;
			}
		}
		return false;
	}

	private static SourceDocument assemble(PDDocument pdf, List<PageLines> pages, List<ReadProblem> problems)
			throws IOException {
		Function<PageLines, String> first = PageLines::firstLine;
		Function<PageLines, String> last = PageLines::lastLine;
		Map<String, Integer> firstShapes = shapes(pages, first);
		Map<String, Integer> lastShapes = shapes(pages, last);
		String[] labels = labels(pdf);
		StringBuilder text = new StringBuilder();
		List<FurnitureMark> furniture = new ArrayList<>();
		List<PageSpan> spans = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			PageLines lines = pages.get(i);
			List<String> header = new ArrayList<>();
			List<String> footer = new ArrayList<>();
			for (int pass = 0; pass < 2 && !lines.isEmpty() && isRunning(lines.firstLine(), firstShapes, pages.size()); pass++) {
				header.add(lines.firstLine());
				lines = lines.withoutFirstLine();
			}
			for (int pass = 0; pass < 2 && !lines.isEmpty() && isRunning(lines.lastLine(), lastShapes, pages.size()); pass++) {
				footer.add(0, lines.lastLine());
				lines = lines.withoutLastLine();
			}
			if (text.length() > 0) {
				text.append(PARAGRAPH_BREAK);
			}
			int start = text.length();
			for (String line : header) {
				appendParagraph(text, line, furniture);
			}
			for (List<String> block : lines.blocks()) {
				for (String paragraph : Paragraphs.of(block)) {
					appendParagraph(text, paragraph, null);
				}
			}
			for (String line : footer) {
				appendParagraph(text, line, furniture);
			}
			String label = labels == null || i >= labels.length ? null : labels[i];
			spans.add(new PageSpan(i + 1, label, start, text.length()));
		}
		return new SourceDocument(text.toString(), metadata(pdf), furniture, spans, problems);
	}

	private static void appendParagraph(StringBuilder text, String paragraph, List<FurnitureMark> furniture) {
		if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
			text.append(PARAGRAPH_BREAK);
		}
		int start = text.length();
		text.append(paragraph);
		if (furniture != null) {
			furniture.add(new FurnitureMark(start, text.length(), FurnitureKind.OTHER));
		}
	}

	/** How many pages start (or end) with a line of each shape (digits replaced). */
	private static Map<String, Integer> shapes(List<PageLines> pages, Function<PageLines, String> line) {
		Map<String, Integer> counts = new HashMap<>();
		for (PageLines page : pages) {
			String value = page.isEmpty() ? null : line.apply(page);
			if (value != null) {
				counts.merge(shape(value), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** A page number, or a line that starts or ends at least half of the pages (and two). */
	private static boolean isRunning(String line, Map<String, Integer> shapes, int pageCount) {
		if (PAGE_NUMBER.matcher(line).matches()) {
			return true;
		}
		int count = shapes.getOrDefault(shape(line), 0);
		return pageCount >= 2 && count >= 2 && count * 2 >= pageCount;
	}

	private static String shape(String line) {
		return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
	}

	private static String[] labels(PDDocument pdf) {
		try {
			PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
			return labels == null ? null : labels.getLabelsByPageIndices();
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static SourceMetadata metadata(PDDocument pdf) {
		PDDocumentInformation info = pdf.getDocumentInformation();
		String title = present(info.getTitle());
		if (title != null && NO_TITLE.matcher(title).matches()) {
			title = null;
		}
		Calendar created = info.getCreationDate();
		LocalDate published = created == null ? null
				: LocalDate.ofInstant(created.toInstant(), created.getTimeZone().toZoneId());
		return new SourceMetadata(title, null, null, published, present(info.getAuthor()), null,
				present(pdf.getDocumentCatalog().getLanguage()));
	}

	private static String present(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
