package org.factcheck.ui.documents;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.corpus.store.CorpusStore;

/** Shows a corpus document's text read-only. */
public class CorpusDocumentEditor extends TextEditor {

	public static final String ID = "org.factcheck.ui.documents.editor";

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public boolean isEditorInputModifiable() {
		return false;
	}

	/**
	 * Opens the document (or brings its editor to front) and selects {@code [start, end)}, when
	 * {@code end > start}.
	 */
	public static IEditorPart open(IWorkbenchPage page, CorpusStore store, String documentId, int start, int end)
			throws PartInitException {
		IEditorPart editor = page.openEditor(new CorpusDocumentInput(store, documentId), ID);
		if (end > start && editor instanceof ITextEditor text) {
			text.selectAndReveal(start, end - start);
		}
		return editor;
	}
}
