package org.factcheck.ui.editor.editors;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;

/** Finds the claim document behind a workbench part. */
public final class ClaimEditors {

	private ClaimEditors() {
	}

	public static Optional<ITextEditor> textEditor(IWorkbenchPart part) {
		return Optional.ofNullable(part == null ? null : Adapters.adapt(part, ITextEditor.class));
	}

	/** The document the part edits. */
	public static Optional<IDocument> document(IWorkbenchPart part) {
		return textEditor(part).map(editor -> {
			IDocumentProvider provider = editor.getDocumentProvider();
			return provider == null ? null : provider.getDocument(editor.getEditorInput());
		});
	}

	/** The claim model of the part's document, when the part edits a claim file. */
	public static Optional<ClaimDocumentModel> model(IWorkbenchPart part) {
		return document(part).flatMap(ClaimDocumentModels::find);
	}

	/** The part's source viewer, when it has one. */
	public static Optional<ISourceViewer> viewer(IWorkbenchPart part) {
		return Optional.ofNullable(part == null ? null : part.getAdapter(ITextOperationTarget.class))
				.filter(ISourceViewer.class::isInstance).map(ISourceViewer.class::cast);
	}
}
