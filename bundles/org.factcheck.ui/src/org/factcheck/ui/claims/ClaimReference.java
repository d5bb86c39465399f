package org.factcheck.ui.claims;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.results.VerificationResults;

/**
 * A claim of a claim file in the workspace, by name. Selections that stand for a claim (rows of
 * the Verification view, outline items, verdict markers) adapt to it, so that the Evidence view
 * can follow any of them.
 */
public record ClaimReference(IFile file, String claimName) {

	public ClaimReference {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(claimName, "claimName");
	}

	/** The claim's latest verification, if it was verified in this session. */
	public Optional<VerifiedClaim> result(VerificationResults results) {
		return results.of(file).flatMap(verification -> verification.claim(claimName));
	}

	/** The latest verification of the claim's file. */
	public Optional<FileVerification> fileResult(VerificationResults results) {
		return results.of(file);
	}
}
