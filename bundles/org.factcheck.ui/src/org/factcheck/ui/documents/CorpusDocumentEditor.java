package org.factcheck.ui.documents;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.documents.DocumentHighlighting.Highlight;
import org.factcheck.ui.results.FileVerification;

/**
 * Shows a corpus document's text read-only, with the numbers, dates, names, quotations and page
 * furniture found in it highlighted, and the passages that verified claims rest on annotated
 * (hover for the claims; the overview ruler shows where they are).
 */
public class CorpusDocumentEditor extends TextEditor {

	public static final String ID = "org.factcheck.ui.documents.editor";

	private final Consumer<FileVerification> resultListener = verification -> Display.getDefault()
			.asyncExec(this::annotateEvidence);
	private volatile List<Highlight> highlights;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new CorpusDocumentConfiguration(getPreferenceStore(), this::highlights));
	}

	/** Corpus documents come from the corpus store, with an annotation model for their evidence. */
	@Override
	protected void setDocumentProvider(IEditorInput input) {
		if (!(getDocumentProvider() instanceof CorpusDocumentProvider)) {
			setDocumentProvider(new CorpusDocumentProvider());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		setWordWrap(true);
		// Articles are prose: shown in the workbench's proportional font rather than the code font.
		getSourceViewer().getTextWidget().setFont(JFaceResources.getDefaultFont());
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		highlights = null;
		super.doSetInput(input);
		annotateEvidence();
		FactcheckUi.getDefault().results().removeListener(resultListener);
		FactcheckUi.getDefault().results().addListener(resultListener);
	}

	/** What to highlight, computed on first use from the document's content. */
	private List<Highlight> highlights() {
		List<Highlight> result = highlights;
		if (result == null) {
			result = getEditorInput() instanceof CorpusDocumentInput input
					? input.store().content(input.documentId()).map(DocumentHighlighting::of).orElse(List.of())
					: List.of();
			highlights = result;
		}
		return result;
	}

	private void annotateEvidence() {
		if (!(getEditorInput() instanceof CorpusDocumentInput input) || getDocumentProvider() == null) {
			return;
		}
		IAnnotationModel model = getDocumentProvider().getAnnotationModel(input);
		if (model != null) {
			EvidenceAnnotations.update(model, input.store(), input.documentId(), FactcheckUi.getDefault().results().all());
		}
	}

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public boolean isEditorInputModifiable() {
		return false;
	}

	@Override
	public void dispose() {
		FactcheckUi.getDefault().results().removeListener(resultListener);
		super.dispose();
	}

	/**
	 * Opens the document (or brings its editor to front), activates it and selects
	 * {@code [start, end)}, when {@code end > start}.
	 */
	public static IEditorPart open(IWorkbenchPage page, CorpusStore store, String documentId, int start, int end)
			throws PartInitException {
		return open(page, store, documentId, start, end, true);
	}

	/**
	 * Opens the document (or brings its editor to front) and selects {@code [start, end)}, when
	 * {@code end > start}; {@code activate} false leaves the focus where it is.
	 */
	public static IEditorPart open(IWorkbenchPage page, CorpusStore store, String documentId, int start, int end,
			boolean activate) throws PartInitException {
		IEditorPart editor = page.openEditor(new CorpusDocumentInput(store, documentId), ID, activate);
		if (end > start && editor instanceof ITextEditor text) {
			text.selectAndReveal(start, end - start);
		}
		return editor;
	}
}
