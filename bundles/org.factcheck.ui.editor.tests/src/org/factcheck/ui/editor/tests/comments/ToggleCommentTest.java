package org.factcheck.ui.editor.tests.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToggleCommentTest {

	private static final String TEXT = """
			claim a "Eins."
			    expect supported

			claim b "Zwei."
			""";

	private ClaimEditorDriver editor;

	@AfterEach
	void close() throws Exception {
		if (editor != null) {
			editor.close();
		}
		SeedProject.get().getFile("comments.claims").delete(true, null);
	}

	@Test
	void toggleCommentCommentsTheSelectedLinesAndUncommentsThemAgain() throws Exception {
		editor = ClaimEditorDriver.open(SeedProject.claimFile("comments.claims", TEXT));
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
