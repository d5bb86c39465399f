package org.factcheck.ui.documents;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.factcheck.ui.documents.DocumentHighlighting.Highlight;

/** The corpus document viewer: the text editor's hovers and rulers, with the highlighting of what was found. */
final class CorpusDocumentConfiguration extends TextSourceViewerConfiguration {

	private final Supplier<List<Highlight>> highlights;

	CorpusDocumentConfiguration(IPreferenceStore preferences, Supplier<List<Highlight>> highlights) {
		super(preferences);
		this.highlights = highlights;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		return new HighlightingReconciler(highlights,
				new LocalResourceManager(JFaceResources.getResources(), sourceViewer.getTextWidget()));
	}
}
