package org.factcheck.ui.claims;

import java.util.List;
import java.util.Optional;

/**
 * The claims of one claim file's text with their places, as the claim language's parser reads
 * them (claims that do not parse far enough to have a name are left out).
 *
 * @param corpusLine the folder the file's {@code corpus} line names, if it has one
 * @param claims     the claims in text order
 */
public record ParsedClaims(Optional<String> corpusLine, List<ClaimRegion> claims) {

	public ParsedClaims {
		claims = List.copyOf(claims);
	}

	/**
	 * The claim at {@code offset}: the one covering it, else the closest one before it (the cursor
	 * in the comment or blank lines after a claim still belongs to that claim), else none.
	 */
	public Optional<ClaimRegion> at(int offset) {
		ClaimRegion before = null;
		for (ClaimRegion claim : claims) {
			if (claim.covers(offset)) {
				return Optional.of(claim);
			}
			if (claim.end() < offset) {
				before = claim;
			}
		}
		return Optional.ofNullable(before);
	}

	/** The claim with this name, if the text has one. */
	public Optional<ClaimRegion> named(String name) {
		return claims.stream().filter(claim -> claim.name().equals(name)).findFirst();
	}
}
