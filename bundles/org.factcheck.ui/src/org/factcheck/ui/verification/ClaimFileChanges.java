package org.factcheck.ui.verification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.corpora.DocumentFiles;

/**
 * Follows the workspace: a saved claim file is verified (when the preference says so), a deleted
 * or moved one loses its results, and a corpus folder whose documents change is opened again on
 * next use.
 */
public final class ClaimFileChanges implements IResourceChangeListener {

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		List<IFile> saved = new ArrayList<>();
		List<IFile> removed = new ArrayList<>();
		Set<Path> changedFolders = new LinkedHashSet<>();
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource instanceof IFile file) {
					if (ClaimSelections.isClaimFile(file)) {
						if (child.getKind() == IResourceDelta.REMOVED) {
							removed.add(file);
						} else if (child.getKind() == IResourceDelta.ADDED
								|| (child.getFlags() & IResourceDelta.CONTENT) != 0) {
							saved.add(file);
						}
					} else if (isDocumentChange(child) && file.getParent().getLocation() != null) {
						changedFolders.add(file.getParent().getLocation().toFile().toPath().toAbsolutePath().normalize());
					}
				}
				return true;
			});
		} catch (CoreException e) {
			FactcheckUi.log(e.getStatus());
			return;
		}
		FactcheckUi plugin = FactcheckUi.getDefault();
		removed.forEach(plugin.results()::forget);
		changedFolders.forEach(plugin.corpora()::forget);
		if (!saved.isEmpty() && plugin.preferences().verifyOnSave()) {
			plugin.verification().request(saved, CostClass.NORMAL);
		}
	}

	/** A document file of a corpus folder was added, removed or changed. */
	private static boolean isDocumentChange(IResourceDelta delta) {
		if (!DocumentFiles.isCorpusFile(delta.getResource().getName())) {
			return false;
		}
		return delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.REMOVED
				|| (delta.getFlags() & IResourceDelta.CONTENT) != 0;
	}
}
