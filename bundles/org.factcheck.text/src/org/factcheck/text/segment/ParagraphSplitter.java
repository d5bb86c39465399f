package org.factcheck.text.segment;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.text.Whitespace;

/**
 * Splits text into paragraphs: every non-blank line is a paragraph (news text extracted from web
 * pages puts each block on its own line). Spans are trimmed of surrounding white space.
 */
public final class ParagraphSplitter {

	private static final ParagraphSplitter GERMAN = new ParagraphSplitter();

	private ParagraphSplitter() {
	}

	public static ParagraphSplitter german() {
		return GERMAN;
	}

	public List<TextSpan> split(String text) {
		return split(text, TextSpan.all(text));
	}

	public List<TextSpan> split(String text, TextSpan within) {
		List<TextSpan> paragraphs = new ArrayList<>();
		int lineStart = within.start();
		for (int i = within.start(); i <= within.end(); i++) {
			if (i == within.end() || Whitespace.isLineBreak(text.charAt(i))) {
				int start = Whitespace.skipForward(text, lineStart, i);
				int end = Whitespace.skipBackward(text, start, i);
				if (start < end) {
					paragraphs.add(new TextSpan(start, end));
				}
				lineStart = i + 1;
			}
		}
		return paragraphs;
	}
}
