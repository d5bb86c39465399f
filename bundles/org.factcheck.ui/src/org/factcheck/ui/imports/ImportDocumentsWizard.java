package org.factcheck.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.factcheck.ui.projects.ProjectFiles;
import org.factcheck.ui.projects.WizardRuns;

/**
 * File ▸ Import ▸ Fact-check ▸ Documents into Corpus: copies documents (and a corpus manifest)
 * from a folder on disk into a corpus folder of a project — one its claim files name, or the
 * project's {@code corpus/} folder. The corpus is imported again on its next use.
 */
public final class ImportDocumentsWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.factcheck.ui.wizards.importDocuments";

	private ImportDocumentsPage page;
	private IStructuredSelection selection;
	private List<IFile> imported = List.of();

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		selection = currentSelection == null || currentSelection.isEmpty() ? editedFile(workbench) : currentSelection;
		setWindowTitle("Import Documents into Corpus");
		setNeedsProgressMonitor(true);
	}

	/**
	 * The file of the active editor, as the selection to start from when the wizard is opened from
	 * an editor (whose selection is text, so the workbench passes an empty one).
	 */
	private static IStructuredSelection editedFile(IWorkbench workbench) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		return file == null ? StructuredSelection.EMPTY : new StructuredSelection(file);
	}

	@Override
	public void addPages() {
		page = new ImportDocumentsPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		List<Path> files = page.chosenFiles();
		IContainer target = page.target();
		boolean overwrite = page.overwrite();
		List<IFile> copied = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		WorkspaceModifyOperation copy = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				SubMonitor steps = SubMonitor.convert(monitor, "Importing documents into " + target.getFullPath(), files.size() + 1);
				ProjectFiles.createFolders(target, steps.split(1));
				for (Path file : files) {
					IFile destination = target.getFile(new org.eclipse.core.runtime.Path(file.getFileName().toString()));
					if (destination.exists() && !overwrite) {
						skipped.add(file.getFileName().toString());
						steps.worked(1);
						continue;
					}
					steps.subTask(file.getFileName().toString());
					ProjectFiles.copy(file, destination, steps.split(1));
					copied.add(destination);
				}
			}
		};
		if (!WizardRuns.run(getContainer(), "Import Documents", "The documents could not all be imported", copy)) {
			return false;
		}
		imported = List.copyOf(copied);
		if (!skipped.isEmpty()) {
			MessageDialog.openInformation(getShell(), "Import Documents", skipped.size()
					+ (skipped.size() == 1 ? " document was" : " documents were") + " already in "
					+ target.getFullPath() + " and kept as they were: " + String.join(", ", skipped.stream().limit(10).toList())
					+ (skipped.size() > 10 ? ", …" : "") + ". Choose \"Overwrite existing documents\" to replace them.");
		}
		return true;
	}

	/** The page, for tests that fill it in as a user would. */
	public void choose(Path folder, IContainer corpus) {
		page.setSourceFolder(folder);
		page.setTarget(corpus);
	}

	/** The files the last finish copied. */
	/** The corpus folder the documents go into, as chosen now. */
	public IContainer target() {
		return page.target();
	}

	public List<IFile> imported() {
		return imported;
	}
}
