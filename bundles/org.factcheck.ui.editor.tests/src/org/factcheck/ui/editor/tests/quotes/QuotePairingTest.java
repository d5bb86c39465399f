package org.factcheck.ui.editor.tests.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.SWT;
import org.factcheck.ui.editor.quotes.QuotePairMatcher;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuotePairingTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private ClaimEditorDriver editor;


	@Test
	void typingAQuoteClosesItAndTypingTheClosingQuoteStepsOverIt() throws Exception {
		editor = files.open("quotes.claims", "claim a \n");
		editor.caret("claim a ".length());

		editor.type("\"");
		assertEquals("claim a \"\"\n", editor.document().get());
		assertEquals("claim a \"".length(), editor.text().getCaretOffset());

		editor.type("Text.\"");
		assertEquals("claim a \"Text.\"\n", editor.document().get(), "the closing quote is not doubled");
		assertEquals("claim a \"Text.\"".length(), editor.text().getCaretOffset());
	}

	@Test
	void backspaceInAnEmptyPairRemovesBothQuotes() throws Exception {
		editor = files.open("quotes.claims", "claim a \n");
		editor.caret("claim a ".length());
		editor.type("\"");

		editor.press(SWT.BS, '\b', 0);

		assertEquals("claim a \n", editor.document().get());
	}

	@Test
	void quotesInCommentsAreNotPaired() throws Exception {
		editor = files.open("quotes.claims", "// a comment \nclaim a \"x\"\n");
		editor.caret("// a comment ".length());

		editor.type("\"");

		assertEquals("// a comment \"\nclaim a \"x\"\n", editor.document().get());
	}

	@Test
	void theMatchingQuoteOfAStringIsFound() throws Exception {
		String text = "claim a \"Text.\" cites \"001\"\n";
		editor = files.open("quotes.claims", text);
		QuotePairMatcher matcher = new QuotePairMatcher();

		IRegion afterOpening = matcher.match(editor.document(), text.indexOf("\"Text") + 1);
		assertEquals(text.indexOf("\"Text"), afterOpening.getOffset());
		assertEquals("\"Text.\"".length(), afterOpening.getLength());
		IRegion afterClosing = matcher.match(editor.document(), text.indexOf("cites") - 1);
		assertEquals(text.indexOf("\"Text"), afterClosing.getOffset());
		assertNull(matcher.match(editor.document(), text.indexOf("ext")), "inside the text there is no quote to match");
	}
}
