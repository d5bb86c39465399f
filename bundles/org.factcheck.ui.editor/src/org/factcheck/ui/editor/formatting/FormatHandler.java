package org.factcheck.ui.editor.formatting;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.claims.ide.formatting.ClaimFileFormatting;
import org.factcheck.quickfix.TextEdit;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.editors.ClaimEditors;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.quickfix.TextEdits;

/**
 * Format (Ctrl+Shift+F): gives the claim file its canonical layout with the claim language's
 * formatter, as one undoable change. A file with syntax errors is left as it is, with a message in
 * the status line.
 */
public final class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		Optional<ClaimDocumentModel> model = ClaimEditors.model(part);
		Optional<ITextEditor> editor = ClaimEditors.textEditor(part);
		if (model.isEmpty() || editor.isEmpty()) {
			return null;
		}
		format(editor.get(), model.get());
		return null;
	}

	/** Formats the editor's claim file; returns a message when it could not. */
	public static Optional<String> format(ITextEditor editor, ClaimDocumentModel model) throws ExecutionException {
		ClaimFileFormatting formatting = FactcheckUi.getDefault().claimsInjector().getInstance(ClaimFileFormatting.class);
		Optional<String> problem;
		try {
			Optional<Optional<List<TextEdit>>> edits = model.read(Duration.ofSeconds(3),
					resource -> formatting.edits(resource).map(replacements -> replacements.stream()
							.map(replacement -> new TextEdit(replacement.getOffset(), replacement.getLength(),
									replacement.getReplacementText()))
							.toList()));
			if (edits.isEmpty()) {
				problem = Optional.of("The claim file is still being checked; format again in a moment.");
			} else if (edits.get().isEmpty()) {
				problem = Optional.of("The claim file has syntax errors: fix them, then format.");
			} else {
				IDocument document = model.document();
				TextEdits.apply(document, edits.get().get(), editor.getAdapter(IRewriteTarget.class));
				problem = Optional.empty();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} catch (BadLocationException e) {
			throw new ExecutionException("The formatter's edits do not fit the document", e);
		}
		problem.ifPresent(message -> StatusLine.show(editor, message));
		return problem;
	}
}
