package org.factcheck.ui.editor.comments;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.factcheck.quickfix.TextEdit;

/**
 * Toggles {@code //} comments on whole lines: when every non-blank line is commented, the comments
 * are removed (with the space after {@code //}); otherwise {@code // } is put before each non-blank
 * line at the smallest indentation of the lines, so that the block keeps its shape.
 */
public final class LineComments {

	private static final String PREFIX = "//";

	private LineComments() {
	}

	/** The edits that toggle the comments of lines {@code firstLine} to {@code lastLine} (0-based). */
	public static List<TextEdit> toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		List<String> lines = new ArrayList<>();
		List<Integer> offsets = new ArrayList<>();
		for (int line = firstLine; line <= lastLine; line++) {
			IRegion region = document.getLineInformation(line);
			lines.add(document.get(region.getOffset(), region.getLength()));
			offsets.add(region.getOffset());
		}
		boolean allCommented = lines.stream().filter(line -> !line.isBlank())
				.allMatch(line -> line.stripLeading().startsWith(PREFIX));
		boolean anyText = lines.stream().anyMatch(line -> !line.isBlank());
		List<TextEdit> edits = new ArrayList<>();
		if (!anyText) {
			return edits;
		}
		int indent = lines.stream().filter(line -> !line.isBlank()).mapToInt(LineComments::indentation).min().orElse(0);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (allCommented) {
				int at = indentation(line);
				int length = PREFIX.length() + (line.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
				edits.add(new TextEdit(offsets.get(i) + at, length, ""));
			} else {
				edits.add(TextEdit.insert(offsets.get(i) + indent, PREFIX + " "));
			}
		}
		return edits;
	}

	private static int indentation(String line) {
		int at = 0;
		while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
			at++;
		}
		return at;
	}
}
