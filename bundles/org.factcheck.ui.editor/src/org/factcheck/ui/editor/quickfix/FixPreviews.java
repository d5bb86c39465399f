package org.factcheck.ui.editor.quickfix;

import java.util.stream.Collectors;

import org.factcheck.quickfix.ClaimFix;
import org.factcheck.quickfix.TextEdit;

/** What a fix writes, for its details beside the quick fix list. */
final class FixPreviews {

	private FixPreviews() {
	}

	static String of(ClaimFix fix) {
		String written = fix.edits().stream().map(TextEdit::text).map(String::strip).filter(text -> !text.isEmpty())
				.collect(Collectors.joining("\n"));
		return written.isEmpty() ? fix.label() : fix.label() + ":\n\n" + written;
	}
}
