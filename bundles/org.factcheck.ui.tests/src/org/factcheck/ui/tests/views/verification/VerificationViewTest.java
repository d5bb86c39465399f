package org.factcheck.ui.tests.views.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.core.runtime.Adapters;
import org.factcheck.checker.Verdict;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.TestProjects;
import org.factcheck.ui.tests.harness.Verifications;
import org.factcheck.ui.views.verification.ClaimRow;
import org.factcheck.ui.views.verification.VerificationView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Verification view: the verified claims, sorted, filtered by verdict, opened by double-click;
 * what the corpus cache told as a note.
 */
class VerificationViewTest {

	@RegisterExtension
	static final SeedProject SEEDS = SeedProject.shared("verification-view-test").verified();

	private static IFile claims;
	private static VerificationView view;

	@BeforeAll
	static void showView() throws Exception {
		claims = SEEDS.claims();
		view = (VerificationView) page().showView(VerificationView.ID);
	}

	@AfterAll
	static void showAllVerdicts() {
		view.showVerdicts(EnumSet.allOf(Verdict.class));
	}

	@Test
	void showsEveryVerifiedClaimWithItsVerdictCheckerEvidenceAndExpectation() {
		List<ClaimRow> rows = rowsOf(claims);
		assertEquals(8, rows.size());
		ClaimRow soldiers = rows.stream().filter(row -> row.name().equals("us_soldiers")).findFirst().orElseThrow();
		assertEquals(Verdict.CONFLICTING, soldiers.verdict());
		assertEquals("org.factcheck.checkers.numbers", soldiers.deciding().orElseThrow().checkerId());
		assertTrue(soldiers.evidenceCount() > 0);
		assertTrue(soldiers.meetsExpectation());
		int index = view.shownRows().indexOf(soldiers);
		assertEquals("verdicts.claims:20", view.viewer().getTable().getItem(index).getText(0));
		assertEquals("conflicting", view.viewer().getTable().getItem(index).getText(2));
		assertEquals("Numbers", view.viewer().getTable().getItem(index).getText(3));
		assertEquals("met", view.viewer().getTable().getItem(index).getText(5));
		assertTrue(Adapters.adapt(soldiers, IPropertySource.class).getPropertyDescriptors().length > 5,
				"the claim's properties");
		assertEquals(new ClaimReference(claims, "us_soldiers"), Adapters.adapt(soldiers, ClaimReference.class));
	}

	@Test
	void filtersByVerdictAndSortsByColumn() {
		view.showVerdicts(EnumSet.of(Verdict.CONFLICTING));
		assertEquals(List.of("us_soldiers", "misquote"), rowsOf(claims).stream().map(ClaimRow::name).toList());
		view.showVerdicts(EnumSet.of(Verdict.SUPPORTED, Verdict.UNSOURCED));
		assertEquals(6, rowsOf(claims).size());
		view.showVerdicts(EnumSet.allOf(Verdict.class));

		view.sortBy("Claim");
		List<String> names = rowsOf(claims).stream().map(ClaimRow::name).toList();
		assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
		view.sortBy("Claim");
		assertEquals(names.reversed(), rowsOf(claims).stream().map(ClaimRow::name).toList(), "a second click reverses");
		view.sortBy("File");
	}

	@Test
	void doubleClickOpensTheClaim() throws Exception {
		ClaimRow misquote = rowsOf(claims).stream().filter(row -> row.name().equals("misquote")).findFirst().orElseThrow();
		page().activate(view);
		view.viewer().setSelection(new StructuredSelection(misquote), true);
		view.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		EventLoop.flush();
		IEditorPart editor = page().getActiveEditor();
		assertEquals(claims, editor.getEditorInput().getAdapter(IFile.class));
		ITextSelection selection = (ITextSelection) assertInstanceOf(ITextEditor.class, editor).getSelectionProvider()
				.getSelection();
		assertEquals("misquote", selection.getText());
	}

	@Test
	void showsWhatTheCorpusCacheToldAsACacheNote() throws Exception {
		IProject project = TestProjects.seeds("verification-view-notes");
		try {
			Verifications.awaitIdle();
			Path corpus = project.getFolder("corpus").getLocation().toFile().toPath().toRealPath();
			Path cache = CorpusStore.cacheDirectoryUnder(FactcheckUi.getDefault().corpora().cacheRoot().orElseThrow(),
					corpus);
			TestProjects.deleteTree(cache.resolve("derived"));
			Files.createDirectories(cache);
			Files.writeString(cache.resolve("derived"), "a file where the analyses would go");
			FactcheckUi.getDefault().corpora().forget(corpus);

			Verifications.verify(TestProjects.verdicts(project));
			EventLoop.flush();

			assertEquals(List.of(cache.resolve("derived") + ": cannot keep sentence analyses (a file is in its place);"
					+ " verification is not affected, only slower"), view.shownNotices());
			assertEquals(8, rowsOf(TestProjects.verdicts(project)).size(), "the claims were verified all the same");
		} finally {
			TestProjects.delete(project);
			EventLoop.flush();
		}
		assertEquals(List.of(), view.shownNotices(), "the shared project's cache has nothing to tell");
	}

	private static List<ClaimRow> rowsOf(IFile file) {
		EventLoop.flush();
		return view.shownRows().stream().filter(row -> row.file().equals(file)).toList();
	}

	private static IWorkbenchPage page() {
		return SeedProject.page();
	}
}
