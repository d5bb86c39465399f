package org.factcheck.ui.editor.hyperlinks;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.documents.CorpusDocumentEditor;

/** Opens a corpus document, with a passage selected when it has one. */
final class CorpusDocumentHyperlink implements IHyperlink {

	private final IRegion region;
	private final CorpusStore store;
	private final String documentId;
	private final int start;
	private final int end;
	private final String label;

	CorpusDocumentHyperlink(IRegion region, CorpusStore store, String documentId, int start, int end, String label) {
		this.region = region;
		this.store = store;
		this.documentId = documentId;
		this.start = start;
		this.end = end;
		this.label = label;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return null;
	}

	@Override
	public String getHyperlinkText() {
		return label;
	}

	String documentId() {
		return documentId;
	}

	@Override
	public void open() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			CorpusDocumentEditor.open(page, store, documentId, start, end);
		} catch (PartInitException e) {
			FactcheckUi.log("Cannot open document " + documentId, e);
		}
	}
}
