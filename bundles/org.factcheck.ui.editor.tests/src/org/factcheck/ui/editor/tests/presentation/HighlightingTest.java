package org.factcheck.ui.editor.tests.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.PlatformUI;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsHighlightingStyles;
import org.factcheck.ui.editor.presentation.ClaimStyles;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HighlightingTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			corpus "corpus" // the seed corpus
			/* block
			   comment */
			claim miller "Miller sagte es." cites "004_cf013e87bb0c4974" quote "Jedes Land muss"
			    asof 2024-06-21 expect conflicting
			/* end */
			""";

	private ClaimEditorDriver editor;


	@Test
	void everyPartOfAClaimHasItsStyle() throws Exception {
		editor = files.open("highlighting.claims", TEXT);
		EventLoop.waitUntil("semantic highlighting", ClaimEditorDriver.CHECK_TIMEOUT,
				() -> ClaimStyles.color(ClaimsHighlightingStyles.CLAIM_NAME).equals(style("miller").foreground));

		assertStyle("claim", ClaimsHighlightingStyles.KEYWORD, SWT.BOLD);
		assertStyle("cites", ClaimsHighlightingStyles.KEYWORD, SWT.BOLD);
		assertStyle("miller", ClaimsHighlightingStyles.CLAIM_NAME, SWT.BOLD);
		assertStyle("Miller sagte", ClaimsHighlightingStyles.CLAIM_TEXT, SWT.NORMAL);
		assertStyle("004_cf013e87bb0c4974", ClaimsHighlightingStyles.DOCUMENT_ID, SWT.NORMAL);
		assertStyle("Jedes Land", ClaimsHighlightingStyles.QUOTE, SWT.ITALIC);
		assertStyle("2024-06-21", ClaimsHighlightingStyles.DATE, SWT.NORMAL);
		assertStyle("conflicting", ClaimsHighlightingStyles.VERDICT, SWT.BOLD);
		assertStyle("the seed corpus", ClaimsHighlightingStyles.COMMENT, SWT.ITALIC);
		assertStyle("comment */", ClaimsHighlightingStyles.COMMENT, SWT.ITALIC);
		assertStyle("\"corpus\"", ClaimsHighlightingStyles.CORPUS_PATH, SWT.NORMAL);
	}

	@Test
	void openingABlockCommentRecoloursWhatFollowsAndClosingItRestoresIt() throws Exception {
		editor = files.open("highlighting.claims", TEXT);
		int claim = TEXT.indexOf("claim miller");
		editor.caret(claim);

		editor.type("/*");
		assertEquals(ClaimStyles.color(ClaimsHighlightingStyles.COMMENT), style("expect").foreground,
				"the comment runs to the next end of a comment");

		editor.press(SWT.BS, '\b', 0);
		editor.press(SWT.BS, '\b', 0);
		assertEquals(ClaimStyles.color(ClaimsHighlightingStyles.KEYWORD), style("expect").foreground);
		assertNotEquals(ClaimStyles.color(ClaimsHighlightingStyles.COMMENT), style("claim miller").foreground);
	}

	@Test
	void coloursComeFromTheTheme() {
		Color keyword = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry()
				.get(ClaimStyles.COLOR_PREFIX + ClaimsHighlightingStyles.KEYWORD);
		assertEquals(keyword, ClaimStyles.color(ClaimsHighlightingStyles.KEYWORD));
	}

	private StyleRange style(String text) {
		int offset = editor.document().get().indexOf(text);
		StyleRange range = editor.text().getStyleRangeAtOffset(offset);
		return range == null ? new StyleRange() : range;
	}

	private void assertStyle(String text, String style, int fontStyle) {
		StyleRange range = style(text);
		assertEquals(ClaimStyles.color(style), range.foreground, "colour of " + text);
		assertEquals(fontStyle, range.fontStyle & (SWT.BOLD | SWT.ITALIC), "font style of " + text);
	}
}
