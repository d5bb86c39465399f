package org.factcheck.ui.documents;

import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.editors.text.StorageDocumentProvider;

/** Provides corpus documents read-only, each with an annotation model for its evidence passages. */
final class CorpusDocumentProvider extends StorageDocumentProvider {

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		return new AnnotationModel();
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}
}
