package org.factcheck.lsp.verification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factcheck.engine.batch.VerifiedClaim;

import com.google.inject.Singleton;

/**
 * The last verification of each claim file, by the file's URI as the client names it: what the
 * verdict diagnostics, hovers and verdict quick fixes show.
 */
@Singleton
public class VerificationResults {

	private final Map<String, List<VerifiedClaim>> byFile = new ConcurrentHashMap<>();

	public void put(String uri, List<VerifiedClaim> claims) {
		byFile.put(FileUris.normalize(uri), List.copyOf(claims));
	}

	public List<VerifiedClaim> of(String uri) {
		return byFile.getOrDefault(FileUris.normalize(uri), List.of());
	}

	/** The last outcome for the claim of that name in the file. */
	public Optional<VerifiedClaim> of(String uri, String claimName) {
		return of(uri).stream().filter(claim -> claim.source().claim().name().equals(claimName)).findFirst();
	}
}
