package org.factcheck.claims.ide.folding;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeAcceptor;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.layout.FeatureNodes;

import com.google.inject.Inject;

/**
 * Folds every claim that spans several lines, and every block comment that does. Reads the claims'
 * nodes directly rather than every node of the file, since editors ask again at each pause in
 * typing and files can hold thousands of claims.
 */
public class ClaimsFoldingRangeProvider extends DefaultFoldingRangeProvider {

	@Inject
	private OperationCanceledManager operationCanceledManager;

	@Override
	protected void computeObjectFolding(XtextResource resource, IFoldingRangeAcceptor acceptor, CancelIndicator cancel) {
		if (resource.getParseResult() == null || !(resource.getParseResult().getRootASTElement() instanceof ClaimFile file)) {
			return;
		}
		for (Claim claim : file.getClaims()) {
			operationCanceledManager.checkCanceled(cancel);
			ICompositeNode node = NodeModelUtils.getNode(claim);
			if (node != null) {
				ITextRegion name = FeatureNodes.of(claim).flatMap(nodes -> nodes.feature("name"))
						.map(n -> (ITextRegion) new TextRegion(n.getOffset(), n.getLength())).orElse(null);
				acceptor.accept(node.getOffset(), node.getLength(), null, false, name);
			}
		}
	}

	@Override
	protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
		if (resource.getParseResult() == null) {
			return;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
					&& getMultilineCommentRuleName().equalsIgnoreCase(rule.getName())) {
				acceptCommentFolding(leaf, acceptor);
			}
		}
	}

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
		INode root = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode();
		String text = root == null ? "" : root.getText();
		return new DefaultFoldingRangeAcceptor(foldingRanges) {
			@Override
			public void accept(int offset, int length, FoldingRangeKind kind, boolean initiallyFolded,
					ITextRegion visualPlaceholderRegion) {
				int end = Math.min(text.length(), offset + length);
				if (text.indexOf('\n', offset) >= 0 && text.indexOf('\n', offset) < end) {
					super.accept(offset, length, kind, initiallyFolded, visualPlaceholderRegion);
				}
			}
		};
	}
}
