package org.factcheck.ui.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.imports.ImportDocumentsWizard;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.TestProjects;
import org.factcheck.ui.tests.harness.Verifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File ▸ Import ▸ Documents into Corpus: documents copied into a project's corpus and used at once. */
class ImportDocumentsWizardTest {

	private IProject project;
	private Path source;

	@BeforeEach
	void createProjectAndDocuments() throws Exception {
		TestProjects.useTestCache();
		FactcheckUi.getDefault().getPreferenceStore().setValue(FactcheckPreferences.VERIFY_ON_SAVE, false);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("import-test");
		project.create(null);
		project.open(null);
		project.getFolder("corpus").create(true, true, null);
		source = Files.createTempDirectory("factcheck-import");
		Files.writeString(source.resolve("bericht-2025.txt"), """
				Budget beschlossen
				20.11.2024
				Der Nationalrat hat am Mittwoch das Budget für das Jahr 2025 beschlossen. Die Opposition stimmte dagegen.
				""");
		Files.writeString(source.resolve("notiz.txt"), "Die Sitzung dauerte bis Mitternacht.\n");
		Files.write(source.resolve("foto.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
	}

	@AfterEach
	void cleanUp() throws Exception {
		FactcheckUi.getDefault().getPreferenceStore().setToDefault(FactcheckPreferences.VERIFY_ON_SAVE);
		TestProjects.delete(project);
		try (Stream<Path> files = Files.walk(source)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Test
	void copiesTheDocumentsIntoTheCorpusAndTheNextVerificationUsesThem() throws Exception {
		IFile claims = project.getFile("budget.claims");
		claims.create(new ByteArrayInputStream("""
				corpus "corpus"
				claim budget "Der Nationalrat hat das Budget für 2025 beschlossen."
				    cites "bericht-2025"
				""".getBytes(StandardCharsets.UTF_8)), true, null);
		Verifications.verify(claims);
		assertTrue(FactcheckUi.getDefault().results().of(claims).orElseThrow().claims().isEmpty(),
				"the cited document is not in the corpus yet");

		ImportDocumentsWizard wizard = new ImportDocumentsWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.choose(source, project.getFolder("corpus"));
			EventLoop.flush();
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertEquals(2, wizard.imported().size(), "the text documents, not the picture: " + wizard.imported());
		assertTrue(project.getFile("corpus/bericht-2025.txt").exists());
		assertFalse(project.getFile("corpus/foto.png").exists());

		Verifications.verify(claims);
		VerifiedClaim budget = FactcheckUi.getDefault().results().of(claims).orElseThrow().claim("budget").orElseThrow();
		assertEquals(Verdict.SUPPORTED, budget.result().verdictValue(), budget.result().verdict().reason());
	}

	@Test
	void openedFromAClaimEditorItStartsWithThatProjectsCorpus() throws Exception {
		IProject other = ResourcesPlugin.getWorkspace().getRoot().getProject("aaa-import-other");
		other.create(null);
		other.open(null);
		other.getFolder("corpus").create(true, true, null);
		IFile claims = project.getFile("budget.claims");
		claims.create(new ByteArrayInputStream("corpus \"corpus\"\n".getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IDE.openEditor(page, claims);
		try {
			ImportDocumentsWizard wizard = new ImportDocumentsWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				assertEquals(project.getFolder("corpus"), wizard.target());
			} finally {
				dialog.close();
			}
		} finally {
			page.closeAllEditors(false);
			TestProjects.delete(other);
		}
	}
}
