package org.factcheck.ui.projects;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.views.ClaimOpener;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start of the default workspace ({@code ./factcheck ide} without {@code --workspace}
 * sets the system property {@value #PROPERTY}), fills the empty workspace with the example project,
 * opens its claim file and verifies it, so that a new user sees something real at once. Done once
 * per workspace: deleting the project later does not bring it back.
 */
public final class FirstStart implements IStartup {

	public static final String PROPERTY = "factcheck.exampleWorkspace";
	private static final String DONE = "examplesCreated";

	@Override
	public void earlyStartup() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		Optional<Path> examples = ExampleProject.examplesFolder();
		var state = InstanceScope.INSTANCE.getNode(FactcheckUi.PLUGIN_ID);
		if (!Boolean.getBoolean(PROPERTY) || examples.isEmpty() || state.getBoolean(DONE, false)
				|| workspace.getRoot().getProjects().length > 0) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Creating the example project") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				List<IFile> claimFiles = ExampleProject.create(workspace, ExampleProject.NAME, examples.get(), monitor);
				state.putBoolean(DONE, true);
				try {
					state.flush();
				} catch (BackingStoreException e) {
					FactcheckUi.log("Cannot remember that the example project was created", e);
				}
				FactcheckUi.getDefault().verification().request(claimFiles, CostClass.EXPENSIVE);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(claimFiles));
				return Status.OK_STATUS;
			}
		};
		job.setRule(workspace.getRoot());
		job.schedule();
	}

	private static void open(List<IFile> claimFiles) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null && !claimFiles.isEmpty()) {
			ClaimOpener.openClaim(page, claimFiles.get(0), null, true);
		}
	}
}
