package org.factcheck.claims.ide.folding;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeAcceptor;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;

/** Folds every claim that spans several lines, and every block comment that does. */
public class ClaimsFoldingRangeProvider extends DefaultFoldingRangeProvider {

	@Override
	protected boolean isHandled(EObject object) {
		return object instanceof Claim;
	}

	@Override
	protected boolean shouldProcessContent(EObject object) {
		return object instanceof ClaimFile;
	}

	/** Accepts only ranges whose text has a line break: a one-line claim has nothing to fold. */
	@Override
	protected IFoldingRangeAcceptor createAcceptor(XtextResource resource, Collection<FoldingRange> foldingRanges) {
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		return new DefaultFoldingRangeAcceptor(foldingRanges) {
			@Override
			public void accept(int offset, int length, FoldingRangeKind kind, boolean initiallyFolded,
					ITextRegion visualPlaceholderRegion) {
				if (text.substring(offset, Math.min(text.length(), offset + length)).indexOf('\n') >= 0) {
					super.accept(offset, length, kind, initiallyFolded, visualPlaceholderRegion);
				}
			}
		};
	}
}
