package org.factcheck.ui.projects;

import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.factcheck.ui.corpora.WorkspaceCorpora;

/**
 * File ▸ New ▸ Fact-check Project: a project with a {@code corpus/} folder for the documents and a
 * starter claim file whose {@code corpus} line names it.
 */
public final class NewProjectWizard extends ProjectWizard {

	public static final String ID = "org.factcheck.ui.wizards.newProject";

	private WizardNewProjectCreationPage page;
	private IProject created;

	public NewProjectWizard() {
		super("New Fact-check Project");
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("Fact-check Project");
		page.setDescription("A project for claim files and the corpus of documents they are checked against.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = page.getProjectHandle();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		IFile claims = project.getFile(starterFileName(project.getName()));
		WorkspaceModifyOperation creation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				SubMonitor steps = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
				IProjectDescription description = workspace.newProjectDescription(project.getName());
				description.setLocationURI(location);
				project.create(description, steps.split(1));
				project.open(steps.split(1));
				ProjectFiles.createFolders(project.getFolder(WorkspaceCorpora.PROJECT_CORPUS_FOLDER), steps.split(1));
				ProjectFiles.write(claims, StarterClaims.text(), steps.split(1));
			}
		};
		if (!WizardRuns.run(getContainer(), title(), "The project could not be created", creation)) {
			return false;
		}
		created = project;
		show(claims);
		return true;
	}

	/** The starter claim file's name: the project's, as a file name. */
	static String starterFileName(String projectName) {
		String name = projectName.replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
		return (name.isEmpty() ? "claims" : name) + ".claims";
	}

	/** The project created by the last finish. */
	public IProject createdProject() {
		return created;
	}
}
