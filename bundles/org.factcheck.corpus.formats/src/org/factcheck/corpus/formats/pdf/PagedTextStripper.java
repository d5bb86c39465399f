package org.factcheck.corpus.formats.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text extraction, page by page: each page's text in reading order with lines separated
 * by {@code \n} and the paragraphs PDFBox sees (by spacing and indentation) ended by
 * {@link #PARAGRAPH_END}.
 */
final class PagedTextStripper extends PDFTextStripper {

	static final char PARAGRAPH_END = '\u2029';

	private final StringWriter output = new StringWriter();
	private final List<String> pages = new ArrayList<>();
	private int pageStart;

	PagedTextStripper() {
		setLineSeparator("\n");
		setParagraphStart("");
		setParagraphEnd(String.valueOf(PARAGRAPH_END));
		setPageStart("");
		setPageEnd("");
		setSortByPosition(false);
		setSuppressDuplicateOverlappingText(true);
	}

	/** The raw text of every page, in order. */
	List<String> pages(PDDocument document) throws IOException {
		pages.clear();
		output.getBuffer().setLength(0);
		writeText(document, output);
		return List.copyOf(pages);
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		super.startPage(page);
		output.flush();
		pageStart = output.getBuffer().length();
	}

	@Override
	protected void endPage(PDPage page) throws IOException {
		super.endPage(page);
		output.flush();
		pages.add(output.getBuffer().substring(pageStart));
	}
}
