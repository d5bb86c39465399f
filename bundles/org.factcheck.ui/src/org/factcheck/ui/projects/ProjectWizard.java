package org.factcheck.ui.projects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.factcheck.ui.views.ClaimOpener;

/** A wizard that creates a Fact-check project and ends in the Fact-check perspective with its claims open. */
abstract class ProjectWizard extends BasicNewResourceWizard implements INewWizard, IExecutableExtension {

	private final String title;
	private IConfigurationElement configuration;

	ProjectWizard(String title) {
		this.title = title;
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		configuration = config;
	}

	/** Switches to the perspective the wizard's declaration names, shows the claim file and opens it. */
	void show(IFile claims) {
		BasicNewProjectResourceWizard.updatePerspective(configuration);
		selectAndReveal(claims);
		ClaimOpener.openClaim(getWorkbench().getActiveWorkbenchWindow().getActivePage(), claims, null, true);
	}

	String title() {
		return title;
	}
}
