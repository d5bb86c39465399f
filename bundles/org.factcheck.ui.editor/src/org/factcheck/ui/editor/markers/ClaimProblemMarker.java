package org.factcheck.ui.editor.markers;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;

/**
 * The marker type of the claim language's problems in saved claim files (syntax errors, unknown
 * documents, duplicate names, impossible dates, …), shown in the Problems view. Verification
 * results have their own type, {@link org.factcheck.ui.markers.VerdictMarker}.
 */
public final class ClaimProblemMarker {

	public static final String TYPE = "org.factcheck.ui.editor.problem";

	/** The issue code ({@link org.factcheck.claims.validation.ClaimsIssueCodes}). */
	public static final String CODE = "code";

	/** The issue data, joined with {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";

	static final String DATA_SEPARATOR = "\u001f";

	private ClaimProblemMarker() {
	}

	public static String joinData(List<String> data) {
		return String.join(DATA_SEPARATOR, data);
	}

	public static List<String> data(IMarker marker) {
		String data = marker.getAttribute(DATA, "");
		return data.isEmpty() ? List.of() : Arrays.asList(data.split(DATA_SEPARATOR, -1));
	}

	/** The marker's type, or null when it no longer exists. */
	public static String typeOf(IMarker marker) {
		try {
			return marker.exists() ? marker.getType() : null;
		} catch (CoreException e) {
			return null;
		}
	}
}
