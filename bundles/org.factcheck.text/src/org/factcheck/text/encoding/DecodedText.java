package org.factcheck.text.encoding;

import java.util.List;

/**
 * The text of a file and what was wrong with its bytes.
 *
 * @param text     the decoded text, without a byte order mark
 * @param charset  the name of the encoding it was read with
 * @param problems invalid byte sequences (replaced by U+FFFD) or the fallback to Latin-1
 */
public record DecodedText(String text, String charset, List<DecodingProblem> problems) {

	public DecodedText {
		problems = List.copyOf(problems);
	}
}
