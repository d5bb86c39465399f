package org.factcheck.ui.editor.tests.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.ui.editor.hover.ClaimHover;
import org.factcheck.ui.editor.hover.HoverText;
import org.factcheck.ui.editor.hover.HoverText.Style;
import org.factcheck.ui.editor.hover.StyledHoverControl;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.SeedProject;
import org.factcheck.ui.editor.tests.harness.Verifications;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HoverTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			corpus "corpus"

			claim containers "Nordkorea hat nach Angaben aus Südkorea mindestens 10.000 Container nach Russland geliefert."
			    cites "004_cf013e87bb0c4974"
			    expect conflicting
			""";

	private ClaimEditorDriver editor;


	@Test
	void documentIdShowsTitlePublisherDateUrlAndFirstSentence() throws Exception {
		editor = files.open("hover.claims", TEXT);
		int onId = TEXT.indexOf("004_cf013e87bb0c4974");

		HoverText hover = hover(onId);

		assertEquals(List.of("Russland ist bereit, Nordkorea zu bewaffnen – Drohung „unglaublich besorgniserregend“"),
				hover.texts(Style.TITLE));
		assertTrue(hover.text().contains(SeedProject.PUBLISHER + " · 2024-06-20"), hover.text());
		assertEquals(List.of("https://nachrichten.example/004"), hover.texts(Style.MUTED).subList(0, 1));
		assertEquals(List.of("Das US-Außenministerium ist besorgt über einen gemeinsamen Deal zwischen Wladimir Putin und "
				+ "Kim Jong-un."), hover.texts(Style.ITALIC), "the first sentence of the article, not its headline");
	}

	@Test
	void claimShowsItsVerdictTheDecidingCheckerAndTheEvidenceWithMatchingWordsEmphasised() throws Exception {
		IFile file = files.create("hover.claims", TEXT);
		editor = ClaimEditorDriver.open(file);
		int onName = TEXT.indexOf("containers");
		assertTrue(hover(onName).text().contains("Not verified yet"));

		Verifications.publish(file);
		HoverText hover = hover(onName);

		assertEquals(List.of("Supported"), hover.texts(Style.SUPPORTED), hover.text());
		assertEquals(List.of("  ✗ expected conflicting"), hover.texts(Style.FAILED), hover.text());
		assertTrue(hover.text().contains("Decided by "), hover.text());
		List<String> emphasised = hover.texts(Style.EMPHASIS);
		assertTrue(emphasised.contains("Container"), emphasised::toString);
		assertTrue(emphasised.stream().anyMatch(word -> word.startsWith("Russland")), emphasised::toString);
	}

	@Test
	void hoverRendersInAStyledControlWithoutABrowser() throws Exception {
		IFile file = files.create("hover.claims", TEXT);
		editor = ClaimEditorDriver.open(file);
		Verifications.publish(file);
		HoverText hover = hover(TEXT.indexOf("containers"));
		Shell shell = editor.text().getShell();

		StyledHoverControl control = new StyledHoverControl(shell, "Press 'F2' for focus");
		try {
			control.setInput(hover);
			control.setSize(control.computeSizeHint().x, control.computeSizeHint().y);
			control.setVisible(true);
			EventLoop.flush();
			assertTrue(control.hasContents());
			assertEquals(hover.text(), control.shownText());
			assertTrue(control.computeSizeHint().x <= 700, "long evidence wraps");
		} finally {
			control.dispose();
		}
	}

	private HoverText hover(int offset) {
		ClaimHover hover = new ClaimHover();
		IRegion region = hover.getHoverRegion(editor.viewer(), offset);
		return (HoverText) hover.getHoverInfo2(editor.viewer(), region);
	}
}
