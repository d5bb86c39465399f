package org.factcheck.claims.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where the parts of a claim file are written: its corpus line and its claims, in file order.
 *
 * @param corpus the {@code corpus "…"} line, if written
 * @param claims every claim the parser recognised, in file order
 */
public record ClaimFileLayout(Optional<Clause> corpus, List<ClaimLayout> claims) {

	public static final ClaimFileLayout EMPTY = new ClaimFileLayout(Optional.empty(), List.of());

	public ClaimFileLayout {
		claims = List.copyOf(claims);
	}

	/** The claim whose text spans {@code offset} (both ends included), if any. */
	public Optional<ClaimLayout> claimAt(int offset) {
		int low = 0;
		int high = claims.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			ClaimLayout claim = claims.get(middle);
			if (claim.span().end() < offset) {
				low = middle + 1;
			} else if (claim.span().offset() > offset) {
				high = middle - 1;
			} else {
				return Optional.of(claim);
			}
		}
		return Optional.empty();
	}

	/** The first claim with this name. */
	public Optional<ClaimLayout> claim(String name) {
		return claims.stream().filter(claim -> claim.name().equals(name)).findFirst();
	}
}
