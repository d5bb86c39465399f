package org.factcheck.ui.editor.quotes;

import java.util.Optional;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ICharacterPairMatcherExtension;

/**
 * Matching quotes: with the cursor next to the opening or closing quote of a string, the other one
 * is highlighted, and Ctrl+Shift+P jumps to it.
 */
public class QuotePairMatcher implements ICharacterPairMatcher, ICharacterPairMatcherExtension {

	private int anchor = LEFT;

	@Override
	public IRegion match(IDocument document, int offset) {
		return match(document, offset, 0);
	}

	@Override
	public IRegion match(IDocument document, int offset, int length) {
		if (document == null || offset < 0 || offset > document.getLength()) {
			return null;
		}
		for (int quote : new int[] { offset - 1, offset }) {
			if (quote < 0 || quote >= document.getLength()) {
				continue;
			}
			Optional<IRegion> literal = StringTokens.at(document, quote);
			if (literal.isEmpty() || !StringTokens.closed(document, literal.get())) {
				continue;
			}
			int start = literal.get().getOffset();
			int end = start + literal.get().getLength() - 1;
			if (quote == start || quote == end) {
				anchor = quote == start ? LEFT : RIGHT;
				return new Region(start, literal.get().getLength());
			}
		}
		return null;
	}

	@Override
	public IRegion findEnclosingPeerCharacters(IDocument document, int offset, int length) {
		Optional<IRegion> literal = StringTokens.at(document, offset);
		return literal.filter(region -> StringTokens.closed(document, region)).orElse(null);
	}

	@Override
	public boolean isMatchedChar(char ch) {
		return ch == '"';
	}

	@Override
	public boolean isMatchedChar(char ch, IDocument document, int offset) {
		return ch == '"' && StringTokens.at(document, offset).isPresent();
	}

	@Override
	public boolean isRecomputationOfEnclosingPairRequired(IDocument document, IRegion currentSelection,
			IRegion previousSelection) {
		return true;
	}

	@Override
	public int getAnchor() {
		return anchor;
	}

	@Override
	public void clear() {
	}

	@Override
	public void dispose() {
	}
}
