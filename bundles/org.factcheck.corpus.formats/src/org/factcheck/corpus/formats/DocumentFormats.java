package org.factcheck.corpus.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.factcheck.corpus.formats.html.HtmlReader;
import org.factcheck.corpus.formats.jsonl.JsonLinesReader;
import org.factcheck.corpus.formats.pdf.PdfReader;

/**
 * The file formats a corpus folder may hold, told apart by extension, and their readers:
 * <ul>
 * <li>{@code .txt}: UTF-8 text, one document (decoded by the importer itself);</li>
 * <li>{@code .html}, {@code .htm}: a saved web page, one document ({@link HtmlReader});</li>
 * <li>{@code .pdf}: one document with its pages ({@link PdfReader});</li>
 * <li>{@code .jsonl}: a dump with one document per line ({@link JsonLinesReader}), except
 * {@code manifest.jsonl}, which holds metadata of the folder's other documents.</li>
 * </ul>
 */
public final class DocumentFormats {

	/**
	 * Changes whenever a reader produces different documents from the same files. Not a compile-time
	 * constant, so that other bundles read it at run time (see {@code TextAnalysis.VERSION}).
	 */
	public static final String VERSION = String.valueOf("formats-1");

	private static final String MANIFEST = "manifest.jsonl";

	/** A format of document files. */
	public enum Format {
		TEXT(false, "txt"), HTML(false, "html", "htm"), PDF(false, "pdf"), JSON_LINES(true, "jsonl");

		private final boolean several;
		private final List<String> extensions;

		Format(boolean several, String... extensions) {
			this.several = several;
			this.extensions = List.of(extensions);
		}

		/** Whether a file of this format holds several documents, each with its own id. */
		public boolean holdsSeveral() {
			return several;
		}

		/** File extensions without the dot, lower case. */
		public List<String> extensions() {
			return extensions;
		}
	}

	/**
	 * The readers, each made when a file of its format is first read: telling formats apart (every
	 * file of a folder, at each open) loads none of their libraries (jsoup, PDFBox, Jackson).
	 */
	private static final class Html {
		static final HtmlReader READER = new HtmlReader();
	}

	private static final class Pdf {
		static final PdfReader READER = new PdfReader();
	}

	private static final class JsonLines {
		static final JsonLinesReader READER = new JsonLinesReader();
	}

	private DocumentFormats() {
	}

	/** The format of a document file by its extension; empty for other files and the manifest. */
	public static Optional<Format> of(Path file) {
		return ofName(file.getFileName().toString());
	}

	/** The format of a document file named {@code fileName} (without folders), as {@link #of(Path)}. */
	public static Optional<Format> ofName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.equals(MANIFEST)) {
			return Optional.empty();
		}
		String extension = name.substring(name.lastIndexOf('.') + 1);
		for (Format format : Format.values()) {
			if (name.contains(".") && format.extensions().contains(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** The id of a document that is a whole file: the file name without its extension. */
	public static String idOf(Path file) {
		return idOfName(file.getFileName().toString());
	}

	/** The id of a document that is the whole file named {@code name} (without folders), as {@link #idOf(Path)}. */
	public static String idOfName(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** The reader of a format; empty for plain text, which the importer decodes itself. */
	public static Optional<DocumentReader> reader(Format format) {
		return switch (format) {
		case TEXT -> Optional.empty();
		case HTML -> Optional.of(Html.READER);
		case PDF -> Optional.of(Pdf.READER);
		case JSON_LINES -> Optional.of(JsonLines.READER);
		};
	}

	/** The reader of a file's format; empty for plain text and for files that are no documents. */
	public static Optional<DocumentReader> reader(Path file) {
		return of(file).flatMap(DocumentFormats::reader);
	}

	/**
	 * The documents of a file that holds several (see {@link Format#holdsSeveral()}), each with its
	 * own id and bytes, and the problems of the parts that are none.
	 */
	public static JsonLinesReader.Entries entries(Path file, byte[] bytes) {
		return JsonLinesReader.entries(file, bytes);
	}
}
