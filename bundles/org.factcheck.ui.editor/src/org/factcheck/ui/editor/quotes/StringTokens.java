package org.factcheck.ui.editor.quotes;

import java.util.Optional;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsHighlightingStyles;
import org.factcheck.ui.editor.presentation.DocumentTokens;

/** The string literals of a claim document, as its lexer sees them. */
final class StringTokens {

	private StringTokens() {
	}

	/** The string literal that holds {@code offset} (its quotes included), if any. */
	static Optional<IRegion> at(IDocument document, int offset) {
		DocumentTokens tokens = DocumentTokens.of(document);
		tokens.ensureCurrent();
		int index = tokens.indexAt(offset);
		if (index < 0) {
			return Optional.empty();
		}
		for (int candidate = Math.max(0, index - 1); candidate <= index; candidate++) {
			if (ClaimsHighlightingStyles.STRING.equals(tokens.style(candidate)) && tokens.start(candidate) <= offset
					&& offset <= tokens.end(candidate)) {
				return Optional.of(new Region(tokens.start(candidate), tokens.end(candidate) - tokens.start(candidate)));
			}
		}
		return Optional.empty();
	}

	/** Whether {@code offset} lies inside a comment (after its first character). */
	static boolean inComment(IDocument document, int offset) {
		DocumentTokens tokens = DocumentTokens.of(document);
		tokens.ensureCurrent();
		int index = tokens.indexAt(offset);
		if (index < 0 || !ClaimsHighlightingStyles.COMMENT.equals(tokens.style(index))) {
			return false;
		}
		return tokens.start(index) < offset && (offset < tokens.end(index) || offset == document.getLength());
	}

	/** Whether the literal has its closing quote. */
	static boolean closed(IDocument document, IRegion literal) {
		if (literal.getLength() < 2) {
			return false;
		}
		try {
			String text = document.get(literal.getOffset(), literal.getLength());
			int backslashes = 0;
			for (int i = text.length() - 2; i > 0 && text.charAt(i) == '\\'; i--) {
				backslashes++;
			}
			return text.endsWith("\"") && backslashes % 2 == 0;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return false;
		}
	}
}
