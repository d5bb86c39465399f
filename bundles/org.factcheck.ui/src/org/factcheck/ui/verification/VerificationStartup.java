package org.factcheck.ui.verification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IStartup;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.markers.VerdictMarker;

/**
 * When the workbench starts, prepares the checkers in the background ({@link VerificationWarmUp})
 * and verifies again the claim files verified in the last session (those with verdict markers), so
 * that the views show their findings and evidence again. The markers persist meanwhile and are
 * brought up to date by the verification.
 */
public final class VerificationStartup implements IStartup {

	@Override
	public void earlyStartup() {
		new VerificationWarmUp().schedule();
		Set<IFile> files = new LinkedHashSet<>();
		try {
			for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(VerdictMarker.TYPE, false,
					IResource.DEPTH_INFINITE)) {
				if (marker.getResource() instanceof IFile file && ClaimSelections.isClaimFile(file) && file.exists()) {
					files.add(file);
				}
			}
		} catch (CoreException e) {
			FactcheckUi.log(e.getStatus());
			return;
		}
		if (!files.isEmpty()) {
			FactcheckUi.getDefault().verification().request(files, CostClass.NORMAL);
		}
	}
}
