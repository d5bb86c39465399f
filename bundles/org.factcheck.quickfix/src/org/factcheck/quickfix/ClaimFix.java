package org.factcheck.quickfix;

import java.util.Comparator;
import java.util.List;

/**
 * A quick fix for a claim file: what it does, for a menu ({@code label}), and the edits that do
 * it. The edits never overlap; apply them from the last to the first (see {@link #applyTo}), or
 * hand them to an editor or language client as one change.
 */
public record ClaimFix(String label, List<TextEdit> edits) {

	public ClaimFix {
		edits = List.copyOf(edits);
	}

	public static ClaimFix of(String label, TextEdit... edits) {
		return new ClaimFix(label, List.of(edits));
	}

	/** {@code text} with all edits applied. */
	public String applyTo(String text) {
		String result = text;
		for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList()) {
			result = edit.applyTo(result);
		}
		return result;
	}
}
