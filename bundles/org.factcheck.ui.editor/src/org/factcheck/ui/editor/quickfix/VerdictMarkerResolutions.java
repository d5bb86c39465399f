package org.factcheck.ui.editor.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.ui.editor.hover.ClaimHover;
import org.factcheck.ui.markers.VerdictMarker;

/**
 * Quick fixes on verdict markers (Problems view, and Ctrl+1 on the marker in the editor): the
 * fixes the claim's latest verification suggests, for the claim as it is written now.
 */
public final class VerdictMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getResource() instanceof IFile file
				&& ClaimHover.verified(Optional.of(file), marker.getAttribute(VerdictMarker.CLAIM_NAME, "")).isPresent();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		String claimName = marker.getAttribute(VerdictMarker.CLAIM_NAME, "");
		java.util.function.Function<FileState, List<ClaimFix>> fixes = state -> ClaimFixes.claim(state.resource(), claimName)
				.map(claim -> ClaimFixes.fromVerdict(Optional.of(file), claim, state.corpus())).orElse(List.of());
		return FileFixes.read(file, state -> Optional.of(fixes.apply(state))).orElse(List.of()).stream()
				.map(fix -> new ClaimFixResolution(fix, fixes,
						PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK)))
				.toArray(IMarkerResolution[]::new);
	}
}
