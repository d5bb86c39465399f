package org.factcheck.ui.editor.quickfix;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.factcheck.quickfix.ClaimFix;

/**
 * A marker resolution that applies a claim fix. It finds the fix again in the file's current state
 * when it runs, by its label, so that it applies to the text as it is then.
 */
final class ClaimFixResolution implements IMarkerResolution2 {

	private final ClaimFix fix;
	private final Function<FileState, Optional<ClaimFix>> findAgain;
	private final Image image;

	/** @param fixes the fixes of the marker in a file state; the one with this fix's label is applied */
	ClaimFixResolution(ClaimFix fix, Function<FileState, java.util.List<ClaimFix>> fixes, Image image) {
		this.fix = fix;
		this.findAgain = state -> fixes.apply(state).stream().filter(candidate -> candidate.label().equals(fix.label()))
				.findFirst();
		this.image = image;
	}

	@Override
	public String getLabel() {
		return fix.label();
	}

	@Override
	public String getDescription() {
		return FixPreviews.of(fix);
	}

	@Override
	public Image getImage() {
		return image;
	}

	@Override
	public void run(IMarker marker) {
		if (marker.getResource() instanceof IFile file) {
			FileFixes.apply(file, findAgain);
		}
	}
}
