package org.factcheck.ui.editor.tests.harness;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.claims.ClaimFileLoader;
import org.factcheck.engine.claims.LoadedClaimFile;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.VerificationEngine;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.results.FileVerification;

/** Verifies a saved claim file with the real engine and checkers and publishes the result, as the workbench does. */
public final class Verifications {

	private Verifications() {
	}

	public static FileVerification publish(IFile file) {
		ClaimFileLoader loader = new ClaimFileLoader(FactcheckUi.getDefault().claimsInjector());
		LoadedClaimFile loaded = loader.load(List.of(file.getLocation().toFile().toPath()), Optional.empty(),
				Optional.empty()).get(0);
		BatchVerifier verifier = new BatchVerifier(new VerificationEngine(CheckerRegistry.fromExtensions()),
				CheckerSelection.all(), 2);
		List<VerifiedClaim> claims = verifier.verify(loaded.claims(), loaded.corpus().orElseThrow());
		FileVerification verification = new FileVerification(file, claims, loaded.problems(), Instant.now());
		FactcheckUi.getDefault().results().publish(verification);
		return verification;
	}
}
