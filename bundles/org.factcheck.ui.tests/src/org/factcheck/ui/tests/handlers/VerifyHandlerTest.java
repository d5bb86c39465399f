package org.factcheck.ui.tests.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.handlers.VerifyHandler;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.TestProjects;
import org.factcheck.ui.tests.harness.Verifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fact-check ▸ Verify: the command on a selected project, and its key binding. */
class VerifyHandlerTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = TestProjects.seeds("handler-test");
		Verifications.awaitIdle();
	}

	@AfterEach
	void deleteProject() throws Exception {
		TestProjects.delete(project);
	}

	@Test
	void verifiesTheClaimFilesOfTheProjectSelectedInTheProjectExplorer() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((CommonNavigator) explorer).getCommonViewer().setSelection(new StructuredSelection(project), true);
		page.activate(explorer);
		EventLoop.flush();
		Instant before = Instant.now();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(VerifyHandler.COMMAND_ID, null);
		Verifications.awaitResults(before, TestProjects.verdicts(project));
		assertEquals(8, FactcheckUi.getDefault().results().of(TestProjects.verdicts(project)).orElseThrow().claims().size());
	}

	@Test
	void isBoundToCtrlAltV() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<String> keys = Arrays.stream(bindings.getActiveBindingsFor(VerifyHandler.COMMAND_ID))
				.map(binding -> binding.format()).toList();
		assertTrue(keys.contains("Ctrl+Alt+V"), keys.toString());
	}
}
