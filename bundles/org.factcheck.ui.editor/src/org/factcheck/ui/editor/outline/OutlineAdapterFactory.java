package org.factcheck.ui.editor.outline;

import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.factcheck.ui.editor.editors.ClaimEditors;

/** Gives claim editors their outline: the Generic Editor has none of its own. */
public final class OutlineAdapterFactory implements org.eclipse.core.runtime.IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)
				|| ClaimEditors.model(editor).isEmpty()) {
			return null;
		}
		return adapterType.cast(new ClaimOutlinePage(editor, ClaimEditors.document(editor).orElseThrow()));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
