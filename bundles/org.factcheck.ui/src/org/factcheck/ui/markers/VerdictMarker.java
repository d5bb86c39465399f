package org.factcheck.ui.markers;

/**
 * The marker type of verification results, one marker per checked claim, and its attributes.
 * Severity follows the verdict: conflicting and failed expectations are errors, unsourced claims
 * warnings, supported claims infos.
 */
public final class VerdictMarker {

	public static final String TYPE = "org.factcheck.ui.verdict";

	/** The verdict's label: {@code supported}, {@code conflicting} or {@code unsourced}. */
	public static final String VERDICT = "verdict";
	/** The id of the checker whose finding decided the verdict; absent for an unsourced claim. */
	public static final String CHECKER_ID = "checkerId";
	public static final String CLAIM_NAME = "claimName";
	/** The verdict the claim's {@code expect} states; absent when it states none. */
	public static final String EXPECTED_VERDICT = "expectedVerdict";
	/** The document of the deciding evidence passage, with its offsets (end exclusive). */
	public static final String EVIDENCE_DOCUMENT = "evidenceDocument";
	public static final String EVIDENCE_START = "evidenceStart";
	public static final String EVIDENCE_END = "evidenceEnd";
	/**
	 * The checkers that failed on the claim, one message per line; absent when none failed. The
	 * verdict then rests on the other checkers only.
	 */
	public static final String CHECKER_ERRORS = "checkerErrors";

	private VerdictMarker() {
	}
}
