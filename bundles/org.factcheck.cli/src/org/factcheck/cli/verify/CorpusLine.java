package org.factcheck.cli.verify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The corpus folder a claim file names in its {@code corpus "DIR"} line, read without the claim
 * language so that the corpus can be opened while the language is still being made. Only the
 * plain case is read: the line at the top of a UTF-8 file (after white space and comments), its
 * folder written without escapes; anything else gives no folder. For a file with claims it decides
 * nothing: the claim language still resolves the file's corpus, and a folder read here that it does
 * not choose is only opened in vain. A file that holds nothing but such a line
 * ({@link #soleFolder}) needs no claim language at all.
 */
public final class CorpusLine {

	/** How much of a file is read at most: the corpus line stands at its top. */
	private static final int HEAD = 16 * 1024;

	private final String text;
	private int at;

	private CorpusLine(String text) {
		this.text = text;
	}

	/** The absolute, normalised folder the file's corpus line names, resolved against the file's folder. */
	public static Optional<Path> folder(Path claimFile) {
		return head(claimFile).flatMap(line -> line.written().flatMap(written -> folderOf(claimFile, written)));
	}

	/**
	 * The folder, as {@link #folder} reads it, of a file that holds nothing but its corpus line, white
	 * space and comments: a file the claim language would read without a claim, a problem or a
	 * warning. Empty for any other file, and for one longer than what is read of a file's top.
	 */
	public static Optional<Path> soleFolder(Path claimFile) {
		return head(claimFile).filter(line -> line.text.length() < HEAD)
				.flatMap(line -> line.written().filter(written -> line.skipHidden() && line.at == line.text.length()))
				.flatMap(written -> folderOf(claimFile, written));
	}

	private static Optional<CorpusLine> head(Path claimFile) {
		if (!Files.isRegularFile(claimFile)) {
			return Optional.empty();
		}
		try (Reader reader = Files.newBufferedReader(claimFile, StandardCharsets.UTF_8)) {
			char[] chars = new char[HEAD];
			int length = 0;
			for (int read; length < HEAD && (read = reader.read(chars, length, HEAD - length)) > 0;) {
				length += read;
			}
			return Optional.of(new CorpusLine(new String(chars, 0, length)));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static Optional<Path> folderOf(Path claimFile, String written) {
		return resolve(claimFile.toAbsolutePath().normalize().getParent(), written);
	}

	private static Optional<Path> resolve(Path fileFolder, String written) {
		if (written.isBlank() || fileFolder == null) {
			return Optional.empty();
		}
		try {
			Path path = Path.of(written);
			return Optional.of((path.isAbsolute() ? path : fileFolder.resolve(path)).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** The text of the leading corpus line's string, if the file starts with one written plainly. */
	private Optional<String> written() {
		if (!skipHidden() || !text.startsWith("corpus", at)) {
			return Optional.empty();
		}
		at += "corpus".length();
		if (at < text.length() && continuesWord(text.charAt(at)) || !skipHidden() || at >= text.length()
				|| text.charAt(at) != '"') {
			return Optional.empty();
		}
		for (int end = at + 1; end < text.length(); end++) {
			switch (text.charAt(end)) {
			case '"':
				String written = text.substring(at + 1, end);
				at = end + 1;
				return Optional.of(written);
			case '\\', '\r', '\n':
				return Optional.empty();
			default:
			}
		}
		return Optional.empty();
	}

	/** Skips white space and comments; false if a comment is not closed within the text read. */
	private boolean skipHidden() {
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF') {
				at++;
			} else if (text.startsWith("//", at)) {
				int end = lineEnd(at);
				if (end < 0) {
					return false;
				}
				at = end;
			} else if (text.startsWith("/*", at)) {
				int end = text.indexOf("*/", at + 2);
				if (end < 0) {
					return false;
				}
				at = end + 2;
			} else {
				return true;
			}
		}
		return true;
	}

	/** Where the line that {@code from} is on ends (a line ends before {@code \r} or {@code \n}); -1 if not within the text. */
	private int lineEnd(int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '\r' || text.charAt(i) == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** Whether the character continues an identifier, so that the word before it is no keyword. */
	private static boolean continuesWord(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
				|| c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
	}
}
