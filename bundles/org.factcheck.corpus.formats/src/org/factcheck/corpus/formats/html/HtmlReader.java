package org.factcheck.corpus.formats.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factcheck.corpus.formats.DocumentReader;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.ReadProblem;
import org.factcheck.corpus.formats.SourceDocument;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}) with jsoup: the page's visible text with the
 * main article found and everything around it, and the furniture inside it, marked by kind (see
 * {@code data/html-furniture.txt}); metadata from JSON-LD, OpenGraph, {@code <meta>} and
 * {@code <title>}. The character set is taken from a byte order mark or the page's
 * {@code <meta charset>}, else UTF-8.
 */
public final class HtmlReader implements DocumentReader {

	private static final int SNIFFED_BYTES = 1024;

	private final FurnitureClassifier classifier = FurnitureClassifier.load();

	@Override
	public SourceDocument read(DocumentSource source) throws UnreadableDocumentException {
		if (looksBinary(source.bytes())) {
			throw new UnreadableDocumentException(ReadProblem.ofFile("not an HTML page: the file holds binary data"));
		}
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(source.bytes()), null, source.file().toUri().toString(),
					Parser.htmlParser().setTrackPosition(true));
		} catch (IOException e) {
			throw new UnreadableDocumentException(ReadProblem.ofFile("cannot parse the page: " + e.getMessage()), e);
		}
		Element body = page.body();
		Element main = new MainContent(classifier).find(body);
		HtmlText text = HtmlText.of(body, main, classifier);
		if (text.text().isBlank()) {
			throw new UnreadableDocumentException(ReadProblem.ofFile("the page shows no text"));
		}
		HtmlMetadata.Result metadata = HtmlMetadata.read(page);
		List<ReadProblem> problems = new ArrayList<>(metadata.problems());
		replacementCharacter(body, page.charset().name()).ifPresent(problems::add);
		return new SourceDocument(text.text(), metadata.metadata(), text.furniture(), List.of(), problems);
	}

	private static boolean looksBinary(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, SNIFFED_BYTES); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	/** Where the first character that was not valid in the page's character set stands. */
	private static Optional<ReadProblem> replacementCharacter(Element body, String charset) {
		ReadProblem[] found = new ReadProblem[1];
		int[] count = { 0 };
		NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
			if (node instanceof TextNode text && text.getWholeText().indexOf('\uFFFD') >= 0) {
				count[0] += (int) text.getWholeText().chars().filter(c -> c == '\uFFFD').count();
				if (found[0] == null) {
					var start = text.sourceRange().start();
					found[0] = new ReadProblem(start.isTracked() ? start.lineNumber() : 0,
							start.isTracked() ? start.columnNumber() : 0, "");
				}
			}
		}, body);
		if (found[0] == null) {
			return Optional.empty();
		}
		return Optional.of(new ReadProblem(found[0].line(), found[0].column(), count[0]
				+ (count[0] == 1 ? " character" : " characters") + " not valid in the page's character set " + charset
				+ " replaced by U+FFFD"));
	}
}
