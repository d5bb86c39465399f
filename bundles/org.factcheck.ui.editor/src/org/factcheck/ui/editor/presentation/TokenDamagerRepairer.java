package org.factcheck.ui.editor.presentation;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;

/** Lexical highlighting: damages the tokens a change relexed and styles tokens by their type. */
final class TokenDamagerRepairer implements IPresentationDamager, IPresentationRepairer {

	private DocumentTokens tokens;

	@Override
	public void setDocument(IDocument document) {
		tokens = document == null ? null : DocumentTokens.of(document);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return tokens.update(event);
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		tokens.ensureCurrent();
		int end = damage.getOffset() + damage.getLength();
		int index = tokens.indexAt(damage.getOffset());
		if (index < 0 || damage.getLength() == 0) {
			return;
		}
		int runStart = Math.max(damage.getOffset(), tokens.start(index));
		String runStyle = tokens.style(index);
		int runEnd = runStart;
		for (; index < tokens.count() && tokens.start(index) < end; index++) {
			String style = tokens.style(index);
			if (!style.equals(runStyle)) {
				add(presentation, runStart, runEnd, runStyle);
				runStart = tokens.start(index);
				runStyle = style;
			}
			runEnd = Math.min(end, tokens.end(index));
		}
		add(presentation, runStart, runEnd, runStyle);
	}

	private static void add(TextPresentation presentation, int start, int end, String style) {
		if (end > start) {
			StyleRange range = ClaimStyles.range(start, end - start, style);
			presentation.addStyleRange(range);
		}
	}
}
