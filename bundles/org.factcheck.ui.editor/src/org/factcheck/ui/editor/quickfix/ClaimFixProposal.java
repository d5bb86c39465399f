package org.factcheck.ui.editor.quickfix;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimDocumentModel;

/** A quick fix in the editor's Ctrl+1 list: applies a claim fix's edits as one undoable change. */
public final class ClaimFixProposal implements ICompletionProposal {

	private final ClaimFix fix;
	private final long stamp;
	private final IRewriteTarget rewrite;
	private final Image image;

	/**
	 * @param stamp   the document version the fix's offsets refer to
	 * @param rewrite the editor's rewrite target for one undo step; may be null
	 */
	public ClaimFixProposal(ClaimFix fix, long stamp, IRewriteTarget rewrite, Image image) {
		this.fix = fix;
		this.stamp = stamp;
		this.rewrite = rewrite;
		this.image = image;
	}

	public ClaimFix fix() {
		return fix;
	}

	@Override
	public void apply(IDocument document) {
		if (ClaimDocumentModel.stampOf(document) != stamp) {
			return;
		}
		try {
			TextEdits.apply(document, fix.edits(), rewrite);
		} catch (BadLocationException e) {
			FactcheckUi.log("The fix '" + fix.label() + "' does not fit the text", e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return FixPreviews.of(fix);
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return image;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
