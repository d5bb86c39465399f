package org.factcheck.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.WorkbenchLog;
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
}
