package org.factcheck.ui.editor.quotes;

import java.util.Optional;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * Pairs quotation marks as the user types: {@code "} outside a string inserts {@code ""} with the
 * cursor between; {@code "} before the closing quote of the string being typed steps over it; a
 * backspace between an empty pair removes both. Comments are left alone.
 */
public class QuoteAutoEditStrategy implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if ("\"".equals(command.text) && command.length == 0) {
				typedQuote(document, command);
			} else if (command.text != null && command.text.isEmpty() && command.length == 1
					&& document.getChar(command.offset) == '"') {
				deletedQuote(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void typedQuote(IDocument document, DocumentCommand command) throws BadLocationException {
		int offset = command.offset;
		Optional<IRegion> literal = StringTokens.at(document, offset);
		if (literal.isPresent() && offset > literal.get().getOffset()) {
			int closing = literal.get().getOffset() + literal.get().getLength() - 1;
			if (StringTokens.closed(document, literal.get()) && offset == closing) {
				command.text = "";
				command.caretOffset = offset + 1;
				command.shiftsCaret = false;
			}
			return;
		}
		if (StringTokens.inComment(document, offset)) {
			return;
		}
		char next = offset < document.getLength() ? document.getChar(offset) : '\n';
		if (Character.isWhitespace(next) || next == ',') {
			command.text = "\"\"";
			command.caretOffset = offset + 1;
			command.shiftsCaret = false;
		}
	}

	private static void deletedQuote(IDocument document, DocumentCommand command) throws BadLocationException {
		int offset = command.offset;
		if (offset + 1 < document.getLength() && document.getChar(offset + 1) == '"') {
			Optional<IRegion> literal = StringTokens.at(document, offset);
			if (literal.isPresent() && literal.get().getOffset() == offset && literal.get().getLength() == 2) {
				command.length = 2;
			}
		}
	}
}
