package org.factcheck.ui.editor.comments;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.quickfix.TextEdit;
import org.factcheck.ui.editor.editors.ClaimEditors;
import org.factcheck.ui.editor.quickfix.TextEdits;

/** Toggle Comment (Ctrl+/): comments or uncomments the selected lines as one undoable change. */
public final class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		Optional<ITextEditor> editor = ClaimEditors.textEditor(part);
		Optional<IDocument> document = ClaimEditors.document(part);
		if (editor.isEmpty() || document.isEmpty() || ClaimEditors.model(part).isEmpty()
				|| !(editor.get().getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		toggle(editor.get(), document.get(), selection);
		return null;
	}

	/** Toggles the comments of the selected lines and selects them. */
	public static void toggle(ITextEditor editor, IDocument document, ITextSelection selection) throws ExecutionException {
		try {
			int firstLine = document.getLineOfOffset(selection.getOffset());
			int end = selection.getOffset() + selection.getLength();
			int lastLine = document.getLineOfOffset(end);
			if (lastLine > firstLine && selection.getLength() > 0 && document.getLineOffset(lastLine) == end) {
				lastLine--;
			}
			List<TextEdit> edits = LineComments.toggle(document, firstLine, lastLine);
			TextEdits.apply(document, edits, editor.getAdapter(IRewriteTarget.class));
			IRegion last = document.getLineInformation(lastLine);
			int start = document.getLineOffset(firstLine);
			editor.selectAndReveal(start, last.getOffset() + last.getLength() - start);
		} catch (BadLocationException e) {
			throw new ExecutionException("The selection is outside the document", e);
		}
	}
}
