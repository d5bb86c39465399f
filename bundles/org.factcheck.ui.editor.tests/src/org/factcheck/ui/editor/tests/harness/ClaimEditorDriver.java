package org.factcheck.ui.editor.tests.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.ui.editor.annotations.ClaimProblemAnnotation;
import org.factcheck.ui.editor.editors.ClaimEditors;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimSnapshot;
import org.factcheck.ui.tests.harness.EventLoop;

/** Drives a claim file's editor the way a user does: opens it, types keys, waits for checks. */
public final class ClaimEditorDriver {

	public static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);

	private final ITextEditor editor;

	private ClaimEditorDriver(ITextEditor editor) {
		this.editor = editor;
	}

	public static ClaimEditorDriver open(IFile file) throws CoreException {
		IEditorPart part = IDE.openEditor(page(), file);
		ClaimEditorDriver driver = new ClaimEditorDriver((ITextEditor) part);
		EventLoop.waitUntil("the claim editor's model", CHECK_TIMEOUT, () -> ClaimEditors.model(part).isPresent());
		driver.awaitCheck();
		return driver;
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	public ITextEditor editor() {
		return editor;
	}

	public IDocument document() {
		return ClaimEditors.document(editor).orElseThrow();
	}

	public ISourceViewer viewer() {
		return ClaimEditors.viewer(editor).orElseThrow();
	}

	public StyledText text() {
		return viewer().getTextWidget();
	}

	public ClaimDocumentModel model() {
		return ClaimEditors.model(editor).orElseThrow();
	}

	/** Waits until the text as it is now was checked and the editor shows the result. */
	public ClaimSnapshot awaitCheck() {
		EventLoop.waitUntil("a check of the current text", CHECK_TIMEOUT,
				() -> model().currentSnapshot().isPresent());
		EventLoop.flush();
		return model().currentSnapshot().orElseThrow();
	}

	/** Puts the caret at {@code offset}, as a click would. */
	public void caret(int offset) {
		page().activate(editor);
		editor.selectAndReveal(offset, 0);
		EventLoop.flush();
	}

	/** Types the text at the caret, key by key, through the editor's key handling ({@code \n} is Enter). */
	public void type(String keys) {
		StyledText widget = text();
		widget.setFocus();
		for (char key : keys.toCharArray()) {
			press(widget, key == '\n' ? SWT.CR : key, key == '\n' ? SWT.CR : key, 0);
		}
		EventLoop.flush();
	}

	/** Presses a key with modifiers, e.g. {@code SWT.BS} for backspace. */
	public void press(int keyCode, char character, int modifiers) {
		press(text(), character, keyCode, modifiers);
		EventLoop.flush();
	}

	private static void press(StyledText widget, char character, int keyCode, int modifiers) {
		Event down = new Event();
		down.character = character;
		down.keyCode = keyCode;
		down.stateMask = modifiers;
		down.widget = widget;
		widget.notifyListeners(SWT.KeyDown, down);
		Event up = new Event();
		up.character = character;
		up.keyCode = keyCode;
		up.stateMask = modifiers;
		up.widget = widget;
		widget.notifyListeners(SWT.KeyUp, up);
	}

	/** The claim language's problems the editor shows now. */
	public List<ClaimProblemAnnotation> problems() {
		List<ClaimProblemAnnotation> problems = new ArrayList<>();
		IAnnotationModel annotations = viewer().getAnnotationModel();
		for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof ClaimProblemAnnotation problem) {
				problems.add(problem);
			}
		}
		return problems;
	}

	/** Waits until the editor shows a problem that matches. */
	public ClaimProblemAnnotation awaitProblem(String what, Predicate<ClaimProblemAnnotation> matches) {
		EventLoop.waitUntil(what, CHECK_TIMEOUT, () -> problems().stream().anyMatch(matches));
		return problems().stream().filter(matches).findFirst().orElseThrow();
	}

	public void save() {
		editor.doSave(null);
		EventLoop.flush();
	}

	public void close() {
		page().closeEditor(editor, false);
		EventLoop.flush();
	}
}
