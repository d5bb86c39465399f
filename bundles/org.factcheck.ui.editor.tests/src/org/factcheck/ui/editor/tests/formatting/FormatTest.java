package org.factcheck.ui.editor.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FormatTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String MESSY = "corpus   \"corpus\"\n"
			+ "claim arsenal   \"Südkoreas Arsenal umfasst 3,4 Millionen Geschosse.\" cites \"001_f7fa05fd70448d5b\" expect   supported\n\n\n"
			+ "// Zitat\n"
			+ "claim miller \"Miller sagte es.\"\n\tcites \"004_cf013e87bb0c4974\"quote\"Jedes Land muss\" ,\"001_f7fa05fd70448d5b\"\n  asof 2024-06-21";

	private static final String CANONICAL = """
			corpus "corpus"

			claim arsenal "Südkoreas Arsenal umfasst 3,4 Millionen Geschosse."
			    cites "001_f7fa05fd70448d5b"
			    expect supported

			// Zitat
			claim miller "Miller sagte es."
			    cites "004_cf013e87bb0c4974" quote "Jedes Land muss", "001_f7fa05fd70448d5b"
			    asof 2024-06-21
			""";

	private ClaimEditorDriver editor;


	@Test
	void formatCommandLaysTheFileOutCanonicallyAsOneUndoableChange() throws Exception {
		editor = files.open("format.claims", MESSY);
		ClaimEditorDriver.page().activate(editor.editor());

		handlers().executeCommand("org.factcheck.ui.editor.format", null);
		EventLoop.flush();

		assertEquals(CANONICAL, editor.document().get());
		editor.editor().getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(MESSY, editor.document().get(), "one undo restores the file");
	}

	@Test
	void fileWithSyntaxErrorsIsLeftAsItIs() throws Exception {
		String broken = "claim a cites \"x\"\n  claim   b \"Text.\"\n";
		editor = files.open("format.claims", broken);
		ClaimEditorDriver.page().activate(editor.editor());

		handlers().executeCommand("org.factcheck.ui.editor.format", null);
		EventLoop.flush();

		assertEquals(broken, editor.document().get());
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
	}
}
