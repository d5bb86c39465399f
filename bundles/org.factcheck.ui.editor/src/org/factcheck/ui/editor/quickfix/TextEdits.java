package org.factcheck.ui.editor.quickfix;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.factcheck.quickfix.TextEdit;

/** Applies quick fixes' and formatters' text edits to a document as one change. */
public final class TextEdits {

	private TextEdits() {
	}

	/**
	 * Applies non-overlapping edits, last first so that earlier offsets stay valid.
	 *
	 * @param rewrite the editor's rewrite target, so that undo takes the edits back in one step; may be null
	 */
	public static void apply(IDocument document, List<TextEdit> edits, IRewriteTarget rewrite)
			throws BadLocationException {
		List<TextEdit> ordered = edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
				.toList();
		DocumentRewriteSession session = null;
		if (rewrite != null) {
			rewrite.beginCompoundChange();
		} else if (document instanceof IDocumentExtension4 extension && ordered.size() > 1) {
			session = extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL);
		}
		try {
			for (TextEdit edit : ordered) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (rewrite != null) {
				rewrite.endCompoundChange();
			} else if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
