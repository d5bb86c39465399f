package org.factcheck.ui.editor.tests.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ToggleCommentTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			claim a "Eins."
			    expect supported

			claim b "Zwei."
			""";

	private ClaimEditorDriver editor;


	@Test
	void toggleCommentCommentsTheSelectedLinesAndUncommentsThemAgain() throws Exception {
		editor = files.open("comments.claims", TEXT);
		ClaimEditorDriver.page().activate(editor.editor());
		editor.editor().selectAndReveal(2, TEXT.indexOf("supported"));

		toggle();
		assertEquals("""
				// claim a "Eins."
				//     expect supported

				claim b "Zwei."
				""", editor.document().get());
		editor.awaitCheck();
		assertEquals(1, editor.model().currentSnapshot().orElseThrow().layout().claims().size(),
				"the commented claim is gone for the language");

		toggle();
		assertEquals(TEXT, editor.document().get());
	}

	private static void toggle() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("org.factcheck.ui.editor.toggleComment", null);
		EventLoop.flush();
	}
}
