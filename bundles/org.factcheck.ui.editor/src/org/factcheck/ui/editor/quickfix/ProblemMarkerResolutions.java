package org.factcheck.ui.editor.quickfix;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.ui.editor.markers.ClaimProblemMarker;
import org.factcheck.ui.editor.model.Problem;

/**
 * Quick fixes on the claim language's problem markers: the problem is found again in the file's
 * current state (same issue code, nearest position), and its fixes are offered.
 */
public final class ProblemMarkerResolutions implements IMarkerResolutionGenerator2 {

	private static final Set<String> FIXABLE = Set.of(ClaimsIssueCodes.UNKNOWN_DOCUMENT,
			ClaimsIssueCodes.DUPLICATE_CITATION, ClaimsIssueCodes.EMPTY_QUOTE, ClaimsIssueCodes.INVALID_DATE,
			ClaimsIssueCodes.DUPLICATE_CLAIM_NAME, ClaimsIssueCodes.NO_CORPUS);

	@Override
	public boolean hasResolutions(IMarker marker) {
		return FIXABLE.contains(marker.getAttribute(ClaimProblemMarker.CODE, ""));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		java.util.function.Function<FileState, List<ClaimFix>> fixes = state -> problem(marker, state)
				.map(Problem::fixes).orElse(List.of());
		return FileFixes.read(file, state -> Optional.of(fixes.apply(state))).orElse(List.of()).stream()
				.map(fix -> new ClaimFixResolution(fix, fixes,
						PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)))
				.toArray(IMarkerResolution[]::new);
	}

	/** The problem of the current state the marker stands for: same code, closest to where the marker is now. */
	private static Optional<Problem> problem(IMarker marker, FileState state) {
		String code = marker.getAttribute(ClaimProblemMarker.CODE, "");
		int at = currentOffset(marker);
		return state.problems().stream().filter(problem -> code.equals(problem.code()))
				.min(Comparator.comparingInt(problem -> Math.abs(problem.offset() - at)));
	}

	/** Where the marker is in the text now: its tracked position when an editor has the file open. */
	private static int currentOffset(IMarker marker) {
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager()
				.getTextFileBuffer(marker.getResource().getFullPath(), LocationKind.IFILE);
		if (buffer != null && buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel annotations) {
			Position position = annotations.getMarkerPosition(marker);
			if (position != null && !position.isDeleted()) {
				return position.getOffset();
			}
		}
		return start;
	}
}
