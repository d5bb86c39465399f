package org.factcheck.claims.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.factcheck.claims.conversion.StringLiteral;

/**
 * What the user has typed of a string literal at the cursor, and whether the editor already put
 * its closing quote after the cursor.
 *
 * @param value       the text typed after the opening quote, escapes resolved; empty if nothing
 * @param closedAfter a quotation mark follows the cursor and closes the literal being typed
 */
record TypedText(String value, boolean closedAfter) {

	static TypedText at(ContentAssistContext context) {
		String prefix = context.getPrefix();
		if (prefix == null || !prefix.startsWith("\"")) {
			return new TypedText("", false);
		}
		String document = context.getRootNode() == null ? "" : context.getRootNode().getText();
		int offset = context.getOffset();
		boolean closedAfter = offset < document.length() && document.charAt(offset) == '"';
		return new TypedText(StringLiteral.unescape(prefix).value(), closedAfter);
	}

	/** The literal to insert for {@code value}, leaving out the closing quote the editor already has. */
	String literal(String value) {
		String literal = StringLiteral.quote(value);
		return closedAfter ? literal.substring(0, literal.length() - 1) : literal;
	}
}
