package org.factcheck.ui.editor.presentation;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.FactcheckUi;

/**
 * Highlighting of claim files in the Generic Editor: lexical styles from the claim language's
 * lexer, repaired token by token as the user types, with semantic styles from the parsed file
 * merged over them; redrawn when the theme's colours change.
 */
public class ClaimPresentationReconciler extends PresentationReconciler {

	private final IPropertyChangeListener themeListener = event -> {
		if (event.getProperty().startsWith(ClaimStyles.COLOR_PREFIX)
				|| event.getProperty().equals(org.eclipse.ui.themes.IThemeManager.CHANGE_CURRENT_THEME)) {
			invalidate();
		}
	};

	private SemanticHighlighter semantic;
	private ITextViewer viewer;

	public ClaimPresentationReconciler() {
		TokenDamagerRepairer tokens = new TokenDamagerRepairer();
		setDamager(tokens, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(tokens, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		viewer = textViewer;
		semantic = new SemanticHighlighter(textViewer);
		PlatformUI.getWorkbench().getThemeManager().addPropertyChangeListener(themeListener);
	}

	@Override
	public void uninstall() {
		PlatformUI.getWorkbench().getThemeManager().removePropertyChangeListener(themeListener);
		if (semantic != null) {
			semantic.dispose();
		}
		semantic = null;
		viewer = null;
		super.uninstall();
	}

	@Override
	protected TextPresentation createPresentation(IRegion damage, IDocument document) {
		try {
			return super.createPresentation(damage, document);
		} catch (RuntimeException e) {
			FactcheckUi.log("Cannot highlight " + damage, e);
			throw e;
		}
	}

	private void invalidate() {
		ITextViewer shown = viewer;
		if (shown != null && shown.getTextWidget() != null && !shown.getTextWidget().isDisposed()) {
			shown.getTextWidget().getDisplay().asyncExec(() -> {
				if (semantic != null) {
					semantic.invalidateAll();
				}
			});
		}
	}
}
