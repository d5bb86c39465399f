package org.factcheck.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.projects.ExampleProjectWizard;
import org.factcheck.ui.projects.NewProjectWizard;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.TestProjects;
import org.factcheck.ui.tests.harness.Verifications;
import org.factcheck.ui.tests.harness.Widgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File ▸ New ▸ Fact-check Project, and the example project wizard. */
class NewProjectWizardTest {

	private IProject project;

	@AfterEach
	void deleteProject() throws Exception {
		TestProjects.delete(project);
	}

	@Test
	void createsACorpusFolderAndAStarterClaimFileThatNamesIt() throws Exception {
		NewProjectWizard wizard = new NewProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Widgets.all(dialog.getShell(), Text.class).get(0).setText("Budget 2025");
			EventLoop.flush();
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Budget 2025");
		assertTrue(project.isOpen());
		assertTrue(project.getFolder("corpus").exists());
		IFile starter = project.getFile("Budget-2025.claims");
		assertTrue(starter.exists());
		assertTrue(ClaimSelections.read(starter).contains("\ncorpus \"corpus\"\n"));
		assertEquals(project.getFolder("corpus").getLocation().toFile().toPath(),
				FactcheckUi.getDefault().corpora().corpusFolder(starter).orElseThrow(), "the corpus line names corpus/");
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertEquals(starter, editor.getEditorInput().getAdapter(IFile.class), "the starter file is opened");
	}

	@Test
	void theExampleWizardCreatesTheSeedProjectAndVerifiesIt() throws Exception {
		ExampleProjectWizard wizard = new ExampleProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Widgets.all(dialog.getShell(), Text.class).get(0).setText("examples-wizard-test");
			EventLoop.flush();
			TestProjects.useTestCache();
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("examples-wizard-test");
		assertEquals(5, project.getFolder("corpus").members().length, "the five seed articles");
		IFile claims = TestProjects.verdicts(project);
		EventLoop.waitUntil("the example claims verified", Duration.ofMinutes(2),
				() -> FactcheckUi.getDefault().results().of(claims).isPresent());
		Verifications.awaitIdle();
		assertEquals(8, FactcheckUi.getDefault().results().of(claims).orElseThrow().claims().size());
	}
}
