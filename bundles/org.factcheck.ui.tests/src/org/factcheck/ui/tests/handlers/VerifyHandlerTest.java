package org.factcheck.ui.tests.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.Verifications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fact-check ▸ Verify: the command on a selected project, and its key binding. */
class VerifyHandlerTest {

	@RegisterExtension
	final SeedProject seeds = SeedProject.perTest("handler-test");

	@Test
	void verifiesTheClaimFilesOfTheProjectSelectedInTheProjectExplorer() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((CommonNavigator) explorer).getCommonViewer().setSelection(new StructuredSelection(seeds.project()), true);
		page.activate(explorer);
		EventLoop.flush();
		Instant before = Instant.now();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(VerifyHandler.COMMAND_ID, null);
		Verifications.awaitResults(before, seeds.claims());
		assertEquals(8, FactcheckUi.getDefault().results().of(seeds.claims()).orElseThrow().claims().size());
	}

	@Test
	void isBoundToCtrlAltV() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<String> keys = Arrays.stream(bindings.getActiveBindingsFor(VerifyHandler.COMMAND_ID))
				.map(binding -> binding.format()).toList();
		assertTrue(keys.contains("Ctrl+Alt+V"), keys.toString());
	}
}
