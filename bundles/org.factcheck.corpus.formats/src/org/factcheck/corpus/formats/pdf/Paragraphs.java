package org.factcheck.corpus.formats.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the printed lines of a block back into paragraphs, one line each: lines are joined with a
 * space, a word hyphenated at the end of a line is joined again ({@code Bundes-} +
 * {@code regierung}), a hyphen that belongs to the word stays ({@code NATO-} +
 * {@code Generalsekretär}, {@code Ost-} + {@code und West}). A line that ends a sentence and is
 * clearly shorter than the block's longest line ends its paragraph; so does a short line without
 * closing punctuation (a heading).
 */
final class Paragraphs {

	/** A line ending a sentence shorter than this share of the longest line ends its paragraph. */
	private static final double LAST_LINE_SHARE = 0.8;
	/** A line without closing punctuation shorter than this share of the longest line is a heading. */
	private static final double HEADING_SHARE = 0.6;
	private static final Set<String> AFTER_SUSPENDED_HYPHEN = Set.of("und", "oder", "bis", "sowie", "als", "noch", "wie",
			"and", "or", "to");

	private Paragraphs() {
	}

	static List<String> of(List<String> lines) {
		int longest = lines.stream().mapToInt(String::length).max().orElse(0);
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			join(paragraph, line);
			boolean last = i == lines.size() - 1;
			if (last || lines.size() > 1 && endsParagraph(line, longest)) {
				paragraphs.add(paragraph.toString());
				paragraph.setLength(0);
			}
		}
		return paragraphs;
	}

	private static boolean endsParagraph(String line, int longest) {
		char end = line.charAt(line.length() - 1);
		if (".!?:“”\"»«)".indexOf(end) >= 0) {
			return line.length() < LAST_LINE_SHARE * longest;
		}
		return line.length() < HEADING_SHARE * longest && Character.isLetterOrDigit(end) && !line.endsWith("-");
	}

	private static void join(StringBuilder paragraph, String line) {
		int n = paragraph.length();
		if (n == 0) {
			paragraph.append(line);
			return;
		}
		boolean hyphenated = paragraph.charAt(n - 1) == '-' && n >= 2 && Character.isLetter(paragraph.charAt(n - 2));
		if (hyphenated) {
			String nextWord = line.split("[\\s,.;:]", 2)[0];
			if (Character.isLowerCase(line.charAt(0)) && !AFTER_SUSPENDED_HYPHEN.contains(nextWord)) {
				paragraph.setLength(n - 1);
				paragraph.append(line);
			} else if (AFTER_SUSPENDED_HYPHEN.contains(nextWord)) {
				paragraph.append(' ').append(line);
			} else {
				paragraph.append(line);
			}
			return;
		}
		paragraph.append(' ').append(line);
	}
}
