package org.factcheck.ui.editor.tests.screenshot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.Screenshots;
import org.factcheck.ui.editor.tests.harness.SeedProject;
import org.factcheck.ui.editor.tests.harness.Verifications;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Saves {@code target/screenshots/claim-editor.png}: the example claims of the README in the claim
 * editor, verified, with a mistyped document id, the Outline's verdict icons and the hover of a
 * conflicting claim. {@code releng/scripts/editor-screenshot.sh} copies it to {@code docs/images}.
 */
class EditorScreenshotTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private ClaimEditorDriver editor;


	@Test
	void editorWithProblemsVerdictsAndHover() throws Exception {
		String examples = Files.readString(SeedProject.examples().resolve("seeds/verdicts.claims"));
		String anchor = "// Conflicting: the article gives another number";
		String text = examples.replace(anchor, """
				// A mistyped id: the editor says which document was meant.
				claim typo "Nordkorea hat Truppen nach Russland entsandt."
				    cites "002_f309d34ae93e6e9"

				""" + anchor);
		IFile file = files.create("verdicts.claims", text);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1500, 940);
		ClaimEditorDriver.page().showView(IPageLayout.ID_OUTLINE);
		ClaimEditorDriver.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		editor = ClaimEditorDriver.open(file);
		Verifications.publish(file);
		editor.awaitProblem("the mistyped id", problem -> problem.getText().contains("did you mean"));
		EventLoop.waitUntil("problem markers", Duration.ofSeconds(30),
				() -> {
					try {
						return file.findMarkers(org.factcheck.ui.editor.markers.ClaimProblemMarker.TYPE, false, 0).length > 0;
					} catch (org.eclipse.core.runtime.CoreException e) {
						return false;
					}
				});

		int claim = text.indexOf("us_soldiers");
		editor.editor().selectAndReveal(claim + 2, 0);
		editor.viewer().getTextWidget().setTopIndex(Math.max(0, editor.document().getLineOfOffset(claim) - 12));
		waitFor(Duration.ofSeconds(3));
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.INFORMATION);
		waitFor(Duration.ofSeconds(2));

		Path saved = Screenshots.save("claim-editor", shell.getBounds());
		assertTrue(Files.size(saved) > 10_000, "a real picture: " + saved);
	}

	private static void waitFor(Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		EventLoop.waitUntil("time to pass", duration.plusSeconds(5), () -> System.nanoTime() > until);
	}
}
