package org.factcheck.ui.handlers;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.corpora.WorkspaceCorpora;

/**
 * Fact-check ▸ Verify (toolbar, context menus, Ctrl+Alt+V): verifies the claim files of the active
 * claim editor or of the selected files, folders and projects, with every enabled checker. With
 * command parameter {@code scope=workspace}, or when nothing suitable is selected, every claim file
 * of the workspace.
 */
public final class VerifyHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.factcheck.ui.commands.verify";
	public static final String SCOPE = "scope";

	@Override
	public Object execute(ExecutionEvent event) {
		Set<IFile> files = "workspace".equals(event.getParameter(SCOPE)) ? workspaceFiles()
				: targets(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
		if (files.isEmpty()) {
			files = workspaceFiles();
		}
		if (files.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Verify Claims",
					"There are no claim files (*.claims) to verify. Create one with File ▸ New ▸ Fact-check Project.");
			return null;
		}
		if (!IDE.saveAllEditors(files.toArray(IResource[]::new), true)) {
			return null;
		}
		FactcheckUi.getDefault().verification().request(files, CostClass.EXPENSIVE);
		return null;
	}

	/** The claim files an invocation from {@code part} with {@code selection} means. */
	static Set<IFile> targets(IWorkbenchPart part, ISelection selection) {
		Set<IFile> files = new LinkedHashSet<>();
		if (part instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (ClaimSelections.isClaimFile(file)) {
				files.add(file);
			}
			return files;
		}
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				ClaimReference claim = Adapters.adapt(element, ClaimReference.class);
				IResource resource = claim != null ? claim.file() : Adapters.adapt(element, IResource.class);
				if (resource instanceof IFile file && ClaimSelections.isClaimFile(file)) {
					files.add(file);
				} else if (resource instanceof IContainer container) {
					files.addAll(WorkspaceCorpora.claimFiles(container));
				}
			}
		}
		return files;
	}

	private static Set<IFile> workspaceFiles() {
		return new LinkedHashSet<>(WorkspaceCorpora.claimFiles(ResourcesPlugin.getWorkspace().getRoot()));
	}
}
