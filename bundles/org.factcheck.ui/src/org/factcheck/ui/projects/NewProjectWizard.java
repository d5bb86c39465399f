package org.factcheck.ui.projects;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.factcheck.ui.corpora.WorkspaceCorpora;
import org.factcheck.ui.views.ClaimOpener;

/**
 * File ▸ New ▸ Fact-check Project: a project with a {@code corpus/} folder for the documents and a
 * starter claim file whose {@code corpus} line names it.
 */
public final class NewProjectWizard extends BasicNewResourceWizard implements INewWizard, IExecutableExtension {

	public static final String ID = "org.factcheck.ui.wizards.newProject";

	private WizardNewProjectCreationPage page;
	private IConfigurationElement configuration;
	private IProject created;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle("New Fact-check Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		configuration = config;
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
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				SubMonitor steps = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
				IProjectDescription description = workspace.newProjectDescription(project.getName());
				description.setLocationURI(location);
				project.create(description, steps.split(1));
				project.open(steps.split(1));
				ProjectFiles.createFolders(project.getFolder(WorkspaceCorpora.PROJECT_CORPUS_FOLDER), steps.split(1));
				ProjectFiles.write(claims, StarterClaims.text(), steps.split(1));
			}
		};
		try {
			getContainer().run(true, true, creation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(getShell(), "New Fact-check Project", "The project could not be created: "
					+ (cause instanceof CoreException core ? core.getStatus().getMessage() : cause.toString()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		created = project;
		BasicNewProjectResourceWizard.updatePerspective(configuration);
		selectAndReveal(claims);
		ClaimOpener.openClaim(getWorkbench().getActiveWorkbenchWindow().getActivePage(), claims, null, true);
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
