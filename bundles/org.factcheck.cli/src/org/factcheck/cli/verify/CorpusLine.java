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
 * folder written without escapes; anything else gives no folder. It decides nothing: the claim
 * language still resolves each file's corpus, and a folder read here that it does not choose is
 * only opened in vain.
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
		if (!Files.isRegularFile(claimFile)) {
			return Optional.empty();
		}
		String head;
		try (Reader reader = Files.newBufferedReader(claimFile, StandardCharsets.UTF_8)) {
			char[] chars = new char[HEAD];
			int length = 0;
			for (int read; length < HEAD && (read = reader.read(chars, length, HEAD - length)) > 0;) {
				length += read;
			}
			head = new String(chars, 0, length);
		} catch (IOException e) {
			return Optional.empty();
		}
		Path file = claimFile.toAbsolutePath().normalize();
		return new CorpusLine(head).written().flatMap(written -> resolve(file.getParent(), written));
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
				return Optional.of(text.substring(at + 1, end));
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
				int end = text.indexOf('\n', at);
				if (end < 0) {
					return false;
				}
				at = end + 1;
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

	/** Whether the character continues an identifier, so that the word before it is no keyword. */
	private static boolean continuesWord(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
				|| c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
	}
}
