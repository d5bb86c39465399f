package org.factcheck.claims.writing;

import java.util.List;

/**
 * A change an IDE offers for a problem with a claim: a label for the user and the text edits that
 * make it. IDE-neutral: the workbench applies the edits to its document, a language server sends
 * them as a workspace edit.
 *
 * @param label       what the fix does, as a menu entry ("Cite '001_f7fa…' instead")
 * @param description a sentence on why, for the fix's details; may be empty
 * @param edits       non-overlapping edits of the file's text
 */
public record ClaimFix(String label, String description, List<ClaimTextEdit> edits) {

	public ClaimFix {
		edits = List.copyOf(edits);
	}

	public String applyTo(String text) {
		return ClaimTextEdit.apply(text, edits);
	}
}
