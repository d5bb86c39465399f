package org.factcheck.ui.tests.views.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.documents.CorpusDocumentEditor;
import org.factcheck.ui.documents.CorpusDocumentInput;
import org.factcheck.ui.markers.VerdictMarker;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.views.evidence.EvidenceView;
import org.factcheck.ui.views.verification.ClaimRow;
import org.factcheck.ui.views.verification.VerificationView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Evidence view follows the claim under the cursor or selected, and opens passages. */
class EvidenceViewTest {

	@RegisterExtension
	static final SeedProject SEEDS = SeedProject.shared("evidence-view-test").verified();

	private static IFile claims;
	private static EvidenceView evidence;

	@BeforeAll
	static void showView() throws Exception {
		claims = SEEDS.claims();
		evidence = (EvidenceView) page().showView(EvidenceView.ID);
	}

	@Test
	void showsTheFindingsOfTheClaimSelectedInTheVerificationView() throws Exception {
		VerificationView table = (VerificationView) page().showView(VerificationView.ID);
		ClaimRow soldiers = table.shownRows().stream()
				.filter(row -> row.file().equals(claims) && row.name().equals("us_soldiers")).findFirst().orElseThrow();
		table.viewer().setSelection(new StructuredSelection(soldiers), true);
		awaitShown("us_soldiers");

		List<String> rows = rows();
		assertTrue(rows.get(0).startsWith("000_8c535eb6db9358b5 gives „28.500“"), "the deciding finding first: " + rows);
		assertTrue(rows.get(0).contains("| Numbers | conflicting |"), rows.get(0));
		String title = FactcheckUi.getDefault().results().of(claims).orElseThrow().corpus().orElseThrow()
				.document("000_8c535eb6db9358b5").orElseThrow().getTitle().substring(0, 30);
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("  „") && row.contains("“  " + title)),
				"passages with their document's title: " + rows);
	}

	@Test
	void followsTheCursorOfTheClaimEditor() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), claims);
		String text = ClaimSelections.read(claims);
		editor.selectAndReveal(text.indexOf("Kein Land muss"), 0);
		awaitShown("misquote");
		List<String> rows = rows();
		assertTrue(rows.get(0).startsWith("Misquote:") && rows.get(0).contains("| Quotes | conflicting |"), rows.toString());

		editor.selectAndReveal(text.indexOf("claim austin"), 0);
		awaitShown("austin");
		assertTrue(rows().stream().anyMatch(row -> row.contains("| citation |")), "the citation finding is shown: " + rows());
	}

	@Test
	void followsMarkersAndOpensAPassageWhereItIs() throws Exception {
		IMarker marker = List.of(claims.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO)).stream()
				.filter(m -> "rutte_call".equals(m.getAttribute(VerdictMarker.CLAIM_NAME, ""))).findFirst().orElseThrow();
		assertEquals(Optional.of(new ClaimReference(claims, "rutte_call")), ClaimSelections.current().claimOf(marker));
		evidence.show(new ClaimReference(claims, "rutte_call"));

		TreeItem passage = evidence.viewer().getTree().getItem(0).getItem(0);
		evidence.viewer().setSelection(new StructuredSelection(passage.getData()), true);
		EventLoop.flush();
		IEditorPart opened = page().getActiveEditor();
		CorpusDocumentInput input = assertInstanceOf(CorpusDocumentInput.class, opened.getEditorInput());
		assertEquals(CorpusDocumentEditor.ID, opened.getSite().getId());
		ITextSelection selection = (ITextSelection) ((ITextEditor) opened).getSelectionProvider().getSelection();
		String shown = passage.getText(0);
		assertTrue(shown.startsWith("„" + selection.getText().strip().replaceAll("\\s+", " ").substring(0, 20)),
				shown + " / " + selection.getText());
		assertEquals(input.documentId(), FactcheckUi.getDefault().results().of(claims).orElseThrow().claim("rutte_call")
				.orElseThrow().result().verdict().deciding().orElseThrow().evidence().get(0).documentId());
	}

	private static void awaitShown(String claim) {
		EventLoop.waitUntil("the evidence of " + claim, Duration.ofSeconds(10),
				() -> evidence.shownClaim().map(ClaimReference::claimName).filter(claim::equals).isPresent());
		EventLoop.flush();
	}

	/** The tree's rows as text: cells joined by " | ", passages indented. */
	private static List<String> rows() {
		List<String> rows = new ArrayList<>();
		for (TreeItem finding : evidence.viewer().getTree().getItems()) {
			rows.add(cells(finding));
			for (TreeItem passage : finding.getItems()) {
				rows.add("  " + cells(passage));
			}
		}
		return rows;
	}

	private static String cells(TreeItem item) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < item.getParent().getColumnCount(); i++) {
			cells.add(item.getText(i));
		}
		return String.join(" | ", cells);
	}

	private static IWorkbenchPage page() {
		return SeedProject.page();
	}
}
