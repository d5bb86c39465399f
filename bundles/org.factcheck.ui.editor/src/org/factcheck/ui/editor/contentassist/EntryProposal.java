package org.factcheck.ui.editor.contentassist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.factcheck.ui.editor.ClaimEditorPlugin;

/** A proposal of the claim language's content assist: replaces what was typed of it. */
final class EntryProposal implements ICompletionProposal, ICompletionProposalExtension2, ICompletionProposalExtension6 {

	private final ContentAssistEntry entry;
	private final int replacementOffset;
	private int replacedLength;

	EntryProposal(ContentAssistEntry entry, int offset) {
		this.entry = entry;
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		this.replacementOffset = offset - prefix.length();
		this.replacedLength = prefix.length();
	}

	@Override
	public void apply(IDocument document) {
		apply(document, replacementOffset + replacedLength);
	}

	private void apply(IDocument document, int offset) {
		try {
			document.replace(replacementOffset, offset - replacementOffset, entry.getProposal());
		} catch (BadLocationException e) {
			// the text changed under the proposal
		}
	}

	@Override
	public void apply(org.eclipse.jface.text.ITextViewer viewer, char trigger, int stateMask, int offset) {
		apply(viewer.getDocument(), offset);
	}

	@Override
	public void selected(org.eclipse.jface.text.ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(org.eclipse.jface.text.ITextViewer viewer) {
	}

	/** Stays in the list while what is typed since it was proposed still begins the proposal. */
	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < replacementOffset) {
			return false;
		}
		try {
			String typed = document.get(replacementOffset, offset - replacementOffset);
			String proposal = entry.getProposal();
			return proposal.regionMatches(true, 0, typed, 0, typed.length())
					|| (entry.getLabel() != null && entry.getLabel().regionMatches(true, 0, typed.replace("\"", ""), 0,
							typed.replace("\"", "").length()));
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(replacementOffset + entry.getProposal().length(), 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		StringBuilder info = new StringBuilder();
		if (entry.getDescription() != null) {
			info.append(entry.getDescription());
		}
		if (entry.getDocumentation() != null && !entry.getDocumentation().equals(entry.getDescription())) {
			info.append(info.isEmpty() ? "" : "\n\n").append(entry.getDocumentation());
		}
		return info.isEmpty() ? null : info.toString();
	}

	@Override
	public String getDisplayString() {
		return getStyledDisplayString().getString();
	}

	@Override
	public StyledString getStyledDisplayString() {
		StyledString display = new StyledString(entry.getLabel() != null ? entry.getLabel() : entry.getProposal());
		if (entry.getDescription() != null && !entry.getDescription().isBlank()) {
			display.append("  " + entry.getDescription(), StyledString.QUALIFIER_STYLER);
		}
		return display;
	}

	@Override
	public Image getImage() {
		return ContentAssistEntry.KIND_REFERENCE.equals(entry.getKind())
				? ClaimEditorPlugin.image(ClaimEditorPlugin.IMAGE_DOCUMENT)
				: null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	/** The entry this proposal shows, for tests. */
	ContentAssistEntry entry() {
		return entry;
	}
}
