package org.factcheck.ui.tests.views.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.resources.IFile;
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
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.views.verification.ClaimRow;
import org.factcheck.ui.views.verification.VerificationView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Verification view: the verified claims, sorted, filtered by verdict, opened by double-click. */
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

	private static List<ClaimRow> rowsOf(IFile file) {
		EventLoop.flush();
		return view.shownRows().stream().filter(row -> row.file().equals(file)).toList();
	}

	private static IWorkbenchPage page() {
		return SeedProject.page();
	}
}
