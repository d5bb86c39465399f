package org.factcheck.ui.tests.screenshots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.checker.Evidence;
import org.factcheck.corpus.Document;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.documents.CorpusDocumentEditor;
import org.factcheck.ui.perspective.FactcheckPerspective;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.Screenshots;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.Verifications;
import org.factcheck.ui.views.corpus.CorpusView;
import org.factcheck.ui.views.evidence.EvidenceView;
import org.factcheck.ui.views.verification.ClaimRow;
import org.factcheck.ui.views.verification.VerificationView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pictures of the workbench for the README (target/screenshots; releng/screenshots/update.sh copies
 * them to docs/images): the example project verified, seen through each view.
 */
class ScreenshotsTest {

	@RegisterExtension
	static final SeedProject EXAMPLES = SeedProject.shared("examples");

	private static IFile claims;
	private static IWorkbenchPage page;

	@BeforeAll
	static void openTheExamples() throws Exception {
		claims = EXAMPLES.claims();
		page = SeedProject.page();
		Screenshots.prepareWindow();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(FactcheckPerspective.ID));
		page.resetPerspective();
		page.closeAllEditors(false);
		Verifications.verify(claims);
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().expandToLevel(EXAMPLES.project(), 1);
		explorer.getCommonViewer().setSelection(new StructuredSelection(claims), true);
	}

	/** Each picture starts from the same workbench: only the claim file open, the corpus tree collapsed. */
	@BeforeEach
	void resetViews() throws Exception {
		page.closeAllEditors(false);
		TreeViewer corpus = ((CorpusView) page.showView(CorpusView.ID, null, IWorkbenchPage.VIEW_VISIBLE)).viewer();
		corpus.collapseAll();
		if (corpus.getTree().getItemCount() > 0) {
			corpus.setExpandedState(corpus.getTree().getItem(0).getData(), true);
		}
		EventLoop.flush();
	}

	@Test
	void verificationView() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, claims);
		editor.selectAndReveal(ClaimSelections.read(claims).indexOf("claim us_soldiers"), 0);
		VerificationView view = (VerificationView) page.showView(VerificationView.ID);
		ClaimRow soldiers = view.shownRows().stream().filter(row -> row.name().equals("us_soldiers")).findFirst().orElseThrow();
		view.viewer().setSelection(new StructuredSelection(soldiers), true);
		page.activate(view);
		EventLoop.settle();
		assertSaved(Screenshots.save("verification-view"));
	}

	@Test
	void evidenceView() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, claims);
		String text = ClaimSelections.read(claims);
		editor.selectAndReveal(text.indexOf("claim misquote") + "claim ".length(), "misquote".length());
		EvidenceView evidence = (EvidenceView) page.showView(EvidenceView.ID);
		VerificationView table = (VerificationView) page.showView(VerificationView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		table.viewer().setSelection(new StructuredSelection(table.shownRows().stream()
				.filter(row -> row.name().equals("misquote")).findFirst().orElseThrow()), true);
		page.activate(editor);
		EventLoop.waitUntil("the evidence of misquote", Duration.ofSeconds(10),
				() -> evidence.shownClaim().filter(claim -> claim.claimName().equals("misquote")).isPresent());
		EventLoop.settle();
		assertSaved(Screenshots.save("evidence-view"));
	}

	@Test
	void corpusViewWithADocumentOpen() throws Exception {
		FileVerification result = FactcheckUi.getDefault().results().of(claims).orElseThrow();
		Evidence passage = result.claim("us_soldiers").orElseThrow().result().verdict().deciding().orElseThrow()
				.evidence().get(0);
		CorpusView corpus = (CorpusView) page.showView(CorpusView.ID);
		EventLoop.waitUntil("the corpus in the Corpus view", Duration.ofMinutes(1),
				() -> corpus.viewer().getTree().getItemCount() > 0 && corpus.viewer().getTree().getItem(0).getItemCount() == 5
						&& corpus.viewer().getTree().getItem(0).getItem(0).getData() instanceof Document);
		TreeItem document = corpus.viewer().getTree().getItem(0).getItem(0);
		corpus.viewer().setExpandedState(document.getData(), true);
		corpus.viewer().setSelection(new StructuredSelection(document.getData()), true);
		ITextEditor opened = (ITextEditor) CorpusDocumentEditor.open(page, result.corpus().orElseThrow(),
				passage.documentId(), passage.start(), passage.end());
		opened.selectAndReveal(passage.start(), 0);
		page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		((EvidenceView) page.showView(EvidenceView.ID, null, IWorkbenchPage.VIEW_VISIBLE))
				.show(new ClaimReference(claims, "us_soldiers"));
		page.activate(corpus);
		EventLoop.settle();
		assertSaved(Screenshots.save("corpus-view"));
	}

	private static void assertSaved(Path file) throws Exception {
		assertTrue(Files.size(file) > 10_000, file + " holds a picture");
	}
}
