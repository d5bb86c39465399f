package org.factcheck.ui.projects;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;

/** File ▸ New ▸ Example ▸ Fact-check Examples: the example project of the first start, on demand. */
public final class ExampleProjectWizard extends ProjectWizard {

	private WizardNewProjectCreationPage page;
	private final Optional<Path> examples = ExampleProject.examplesFolder();

	public ExampleProjectWizard() {
		super("Fact-check Examples");
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
		List<List<IFile>> created = new ArrayList<>();
		boolean done = WizardRuns.run(getContainer(), title(), "The example project could not be created", monitor -> {
			try {
				created.add(ExampleProject.create(ResourcesPlugin.getWorkspace(), name, examples.orElseThrow(), monitor));
			} catch (CoreException e) {
				throw new InvocationTargetException(e);
			}
		});
		if (!done) {
			return false;
		}
		List<IFile> claimFiles = created.get(0);
		if (!claimFiles.isEmpty()) {
			show(claimFiles.get(0));
			FactcheckUi.getDefault().verification().request(claimFiles, CostClass.EXPENSIVE);
		}
		return true;
	}
}
