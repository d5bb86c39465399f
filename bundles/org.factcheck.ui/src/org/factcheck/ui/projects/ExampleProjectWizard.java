package org.factcheck.ui.projects;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.views.ClaimOpener;

/** File ▸ New ▸ Example ▸ Fact-check Examples: the example project of the first start, on demand. */
public final class ExampleProjectWizard extends BasicNewResourceWizard implements INewWizard, IExecutableExtension {

	private WizardNewProjectCreationPage page;
	private IConfigurationElement configuration;
	private final Optional<Path> examples = ExampleProject.examplesFolder();

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle("Fact-check Examples");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		configuration = config;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("examples") {
			@Override
			protected boolean validatePage() {
				if (examples.isEmpty()) {
					setErrorMessage("The product's examples folder is unknown: start the IDE with ./factcheck ide.");
					return false;
				}
				return super.validatePage();
			}
		};
		page.setTitle("Fact-check Examples");
		page.setDescription("A project with the seed corpus (five German news articles) and the example claims.");
		String name = ExampleProject.NAME;
		for (int i = 2; ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists(); i++) {
			name = ExampleProject.NAME + "-" + i;
		}
		page.setInitialProjectName(name);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		List<IFile>[] created = new List[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					created[0] = ExampleProject.create(ResourcesPlugin.getWorkspace(), name, examples.orElseThrow(), monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(getShell(), "Fact-check Examples", "The example project could not be created: "
					+ (cause instanceof CoreException core ? core.getStatus().getMessage() : cause.toString()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		BasicNewProjectResourceWizard.updatePerspective(configuration);
		if (!created[0].isEmpty()) {
			selectAndReveal(created[0].get(0));
			ClaimOpener.openClaim(getWorkbench().getActiveWorkbenchWindow().getActivePage(), created[0].get(0), null, true);
			FactcheckUi.getDefault().verification().request(created[0], CostClass.EXPENSIVE);
		}
		return true;
	}
}
