package org.factcheck.ui.editor.formatting;

import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.texteditor.ITextEditor;

/** Tells the user something about an editor command in the status line. */
public final class StatusLine {

	private StatusLine() {
	}

	public static void show(ITextEditor editor, String message) {
		if (editor.getEditorSite() instanceof IEditorSite site && site.getActionBars() != null) {
			site.getActionBars().getStatusLineManager().setErrorMessage(message);
		}
	}
}
