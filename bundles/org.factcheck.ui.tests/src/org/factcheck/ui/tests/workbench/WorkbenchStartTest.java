package org.factcheck.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.perspective.FactcheckPerspective;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.WorkbenchLog;
import org.factcheck.ui.views.corpus.CorpusView;
import org.factcheck.ui.views.evidence.EvidenceView;
import org.factcheck.ui.views.verification.VerificationView;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class WorkbenchStartTest {

	@Test
	void workbenchStartsWithAWindowAndNoErrorInTheLog() throws Exception {
		assertTrue(PlatformUI.isWorkbenchRunning());
		EventLoop.waitUntil("a workbench window", Duration.ofSeconds(30),
				() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
		assertNotNull(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
		EventLoop.flush();
		List<String> errors = WorkbenchLog.errors();
		assertEquals(List.of(), errors, "errors in " + Platform.getLogFileLocation());
	}

	@Test
	void workbenchPluginActivates() {
		Bundle bundle = Platform.getBundle(FactcheckUi.PLUGIN_ID);
		assertNotNull(bundle);
		assertNotNull(FactcheckUi.getDefault().results());
		assertEquals(Bundle.ACTIVE, bundle.getState());
	}

	@Test
	void theProductIsBrandedAndOpensTheFactCheckPerspective() {
		assertEquals("Factcheck IDE", Platform.getProduct().getName());
		assertEquals("org.factcheck.ui.product", Platform.getProduct().getId());
		assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().endsWith("Factcheck IDE"),
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
		assertEquals(FactcheckPerspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(FactcheckPerspective.ID));
		page.resetPerspective();
		List<String> views = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
		assertTrue(views.containsAll(List.of(VerificationView.ID, EvidenceView.ID, CorpusView.ID,
				IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW)), views.toString());
	}
}
