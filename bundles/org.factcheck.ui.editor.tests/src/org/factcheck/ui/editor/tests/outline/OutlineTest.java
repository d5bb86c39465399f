package org.factcheck.ui.editor.tests.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.factcheck.checker.Verdict;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.ui.editor.ClaimEditorPlugin;
import org.factcheck.ui.editor.outline.ClaimOutlinePage;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.Verifications;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutlineTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			corpus "corpus"

			claim us_soldiers "In Südkorea sind 18.500 US-Soldaten stationiert."
			    cites "000_8c535eb6db9358b5"
			    expect conflicting

			claim eu_envoy "Die Europäische Union ernannte einen Sonderbeauftragten für die koreanische Halbinsel."
			    expect supported
			""";

	private ClaimEditorDriver editor;


	@Test
	void outlineListsTheClaimsWithVerdictIconsAndFollowsTheEditor() throws Exception {
		IFile file = files.create("outline.claims", TEXT);
		editor = ClaimEditorDriver.open(file);
		ContentOutline view = (ContentOutline) ClaimEditorDriver.page().showView(IPageLayout.ID_OUTLINE);
		ClaimEditorDriver.page().activate(editor.editor());
		EventLoop.flush();
		ClaimOutlinePage page = assertInstanceOf(ClaimOutlinePage.class, view.getCurrentPage());
		Tree tree = (Tree) page.getControl();
		EventLoop.waitUntil("two claims", ClaimEditorDriver.CHECK_TIMEOUT, () -> tree.getItemCount() == 2);

		assertTrue(tree.getItem(0).getText().startsWith("us_soldiers"), tree.getItem(0).getText());
		assertSame(ClaimEditorPlugin.verdictImage(Optional.empty()), tree.getItem(0).getImage(), "not verified yet");

		Verifications.publish(file);
		EventLoop.waitUntil("verdict icons", ClaimEditorDriver.CHECK_TIMEOUT,
				() -> tree.getItem(0).getImage() == ClaimEditorPlugin.verdictImage(Optional.of(Verdict.CONFLICTING)));
		assertSame(ClaimEditorPlugin.verdictImage(Optional.of(Verdict.UNSOURCED)), tree.getItem(1).getImage());
		assertTrue(tree.getItem(1).getText().contains("expected supported"), tree.getItem(1).getText());

		TreeViewer viewer = treeViewer(page);
		viewer.expandToLevel(page.claims().get(0), 1);
		EventLoop.flush();
		TreeItem citation = tree.getItem(0).getItem(0);
		assertTrue(citation.getText().startsWith("000_8c535eb6db9358b5"), citation.getText());

		viewer.setSelection(new StructuredSelection(page.claims().get(1)), true);
		EventLoop.flush();
		ITextSelection selected = (ITextSelection) editor.editor().getSelectionProvider().getSelection();
		assertEquals("eu_envoy", selected.getText());

		editor.caret(TEXT.indexOf("18.500"));
		EventLoop.waitUntil("the outline follows the cursor", ClaimEditorDriver.CHECK_TIMEOUT,
				() -> viewer.getStructuredSelection().getFirstElement() instanceof ClaimLayout claim
						&& claim.name().equals("us_soldiers"));
	}

	@Test
	void typingANewClaimAddsItToTheOutline() throws Exception {
		editor = files.open("outline.claims", TEXT);
		ContentOutline view = (ContentOutline) ClaimEditorDriver.page().showView(IPageLayout.ID_OUTLINE);
		ClaimEditorDriver.page().activate(editor.editor());
		ClaimOutlinePage page = assertInstanceOf(ClaimOutlinePage.class, view.getCurrentPage());

		editor.caret(editor.document().getLength());
		editor.type("\nclaim typed \"Ein neuer Satz.\"\n");

		EventLoop.waitUntil("three claims", ClaimEditorDriver.CHECK_TIMEOUT, () -> page.claims().size() == 3);
		Tree tree = (Tree) page.getControl();
		EventLoop.waitUntil("three tree items", ClaimEditorDriver.CHECK_TIMEOUT, () -> tree.getItemCount() == 3);
		assertEquals(List.of("us_soldiers", "eu_envoy", "typed"), page.claims().stream().map(ClaimLayout::name).toList());
	}

	private static TreeViewer treeViewer(ClaimOutlinePage page) throws ReflectiveOperationException {
		var method = org.eclipse.ui.views.contentoutline.ContentOutlinePage.class.getDeclaredMethod("getTreeViewer");
		method.setAccessible(true);
		return (TreeViewer) method.invoke(page);
	}
}
