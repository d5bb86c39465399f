package org.factcheck.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.projects.ExampleProject;
import org.factcheck.ui.projects.FirstStart;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.TestProjects;
import org.factcheck.ui.tests.harness.Verifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first start of the default workspace fills it with the example project, once. */
class FirstStartTest {

	@AfterEach
	void cleanUp() throws Exception {
		System.clearProperty(FirstStart.PROPERTY);
		InstanceScope.INSTANCE.getNode(FactcheckUi.PLUGIN_ID).remove("examplesCreated");
		TestProjects.delete(ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME));
	}

	@Test
	void anEmptyDefaultWorkspaceGetsTheExampleProjectOpenedAndVerified() throws Exception {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			TestProjects.delete(project);
		}
		TestProjects.useTestCache();
		System.setProperty(FirstStart.PROPERTY, "true");
		new FirstStart().earlyStartup();
		IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
		IFile claims = examples.getFile("verdicts.claims");
		EventLoop.waitUntil("the example project verified", Duration.ofMinutes(2),
				() -> FactcheckUi.getDefault().results().of(claims).isPresent());
		Verifications.awaitIdle();
		assertTrue(examples.getFolder("corpus").getFile("000_8c535eb6db9358b5.txt").exists());
		assertEquals(8, FactcheckUi.getDefault().results().of(claims).orElseThrow().claims().size());
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertEquals(claims, editor.getEditorInput().getAdapter(IFile.class), "the example claims are opened");

		// Once only: a deleted example project does not come back.
		TestProjects.delete(examples);
		new FirstStart().earlyStartup();
		EventLoop.run(Duration.ofSeconds(1));
		assertTrue(!examples.exists());
	}
}
