package org.factcheck.ui.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.documents.CorpusDocumentEditor;

/** Opens what the views show: a claim in its file's editor, a passage in its corpus document. */
public final class ClaimOpener {

	private ClaimOpener() {
	}

	/** Opens the claim file and selects the claim's name (none when {@code claimName} is null). */
	public static void openClaim(IWorkbenchPage page, IFile file, String claimName, boolean activate) {
		try {
			IEditorPart editor = IDE.openEditor(page, file, activate);
			if (claimName != null && editor instanceof ITextEditor text && text.getDocumentProvider() != null) {
				IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
				if (document != null) {
					FactcheckUi.getDefault().claimDocuments().parse(document).named(claimName)
							.ifPresent(claim -> text.selectAndReveal(claim.nameOffset(), claim.nameLength()));
				}
			}
		} catch (PartInitException e) {
			FactcheckUi.log("Cannot open " + file.getFullPath(), e);
		}
	}

	/** Opens a corpus document with {@code [start, end)} selected. */
	public static void openPassage(IWorkbenchPage page, CorpusStore store, String documentId, int start, int end,
			boolean activate) {
		try {
			CorpusDocumentEditor.open(page, store, documentId, start, end, activate);
		} catch (PartInitException e) {
			FactcheckUi.log("Cannot open document " + documentId, e);
		}
	}
}
