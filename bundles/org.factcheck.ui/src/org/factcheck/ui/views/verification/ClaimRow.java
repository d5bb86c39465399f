package org.factcheck.ui.views.verification;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.claims.ClaimReference;

/** One verified claim of the Verification view; adapts to {@link ClaimReference}. */
public record ClaimRow(IFile file, VerifiedClaim claim) implements IAdaptable {

	public String name() {
		return claim.source().claim().name();
	}

	public Verdict verdict() {
		return claim.result().verdictValue();
	}

	public int line() {
		return claim.source().location().line();
	}

	/** The finding that decided the verdict; none for an unsourced claim. */
	public Optional<Finding> deciding() {
		return claim.result().verdict().deciding();
	}

	/** How many distinct passages the findings rest on. */
	public long evidenceCount() {
		return claim.result().findings().stream().flatMap(finding -> finding.evidence().stream())
				.map(evidence -> evidence.documentId() + ":" + evidence.start() + "-" + evidence.end()).distinct().count();
	}

	public boolean meetsExpectation() {
		return claim.meetsExpectation();
	}

	public Optional<Verdict> expected() {
		return claim.source().expected();
	}

	public ClaimReference reference() {
		return new ClaimReference(file, name());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == ClaimReference.class) {
			return adapter.cast(reference());
		}
		return Platform.getAdapterManager().getAdapter(this, adapter);
	}
}
