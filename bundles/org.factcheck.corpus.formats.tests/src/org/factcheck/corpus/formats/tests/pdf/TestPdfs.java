package org.factcheck.corpus.formats.tests.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDF files written with PDFBox the way a word processor prints an article: a running header and
 * a page number on every page, paragraphs wrapped into lines (words hyphenated at line ends), a
 * blank line between paragraphs.
 */
public final class TestPdfs {

	public static final String RUNNING_HEADER = "Parlamentskorrespondenz – Budgetdienst";

	private TestPdfs() {
	}

	/** A PDF with one page per entry, each page's paragraphs given as their printed lines. */
	public static byte[] printed(List<List<List<String>>> pages, String title, String author, Calendar created) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDType1Font small = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
			for (int p = 0; p < pages.size(); p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					line(content, small, 9, 60, 800, RUNNING_HEADER);
					float y = 760;
					for (List<String> paragraph : pages.get(p)) {
						for (String line : paragraph) {
							line(content, body, 11, 60, y, line);
							y -= 14;
						}
						y -= 14;
					}
					line(content, small, 9, 280, 40, "Seite " + (p + 1) + " von " + pages.size());
				}
			}
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor(author);
			info.setCreationDate(created);
			return bytes(pdf);
		}
	}

	/** A "scanned" PDF: pages that only show an image. */
	public static byte[] scanned(int pages) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				PDImageXObject scan = LosslessFactory.createFromImage(pdf, image);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			return bytes(pdf);
		}
	}

	/** A PDF that opens only with a password. */
	public static byte[] protectedByPassword(byte[] plain) throws IOException {
		try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(plain)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "geheim", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			pdf.protect(policy);
			return bytes(pdf);
		}
	}

	public static Calendar date(int year, int month, int day) {
		return new GregorianCalendar(year, month - 1, day, 12, 0);
	}

	private static void line(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	private static byte[] bytes(PDDocument pdf) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.save(out);
		return out.toByteArray();
	}
}
