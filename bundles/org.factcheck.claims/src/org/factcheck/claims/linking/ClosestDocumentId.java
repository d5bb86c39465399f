package org.factcheck.claims.linking;

import java.util.Optional;

import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.Document;

/** The id of a corpus document that a mistyped id most likely meant. */
final class ClosestDocumentId {

	private final Corpus corpus;

	ClosestDocumentId(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The id within a few edits of {@code id} (a quarter of its length at most), or the only id that
	 * starts with it; empty when none is close or several are equally close.
	 */
	Optional<String> to(String id) {
		if (id.isEmpty()) {
			return Optional.empty();
		}
		int allowed = Math.max(1, id.length() / 4);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean tie = false;
		String onlyPrefixed = null;
		int prefixed = 0;
		for (Document document : corpus.getDocuments()) {
			String candidate = document.getId();
			if (candidate == null) {
				continue;
			}
			if (candidate.startsWith(id)) {
				prefixed++;
				onlyPrefixed = candidate;
			}
			if (Math.abs(candidate.length() - id.length()) > allowed) {
				continue;
			}
			int distance = distance(id, candidate, allowed);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
				tie = false;
			} else if (distance == bestDistance) {
				tie = true;
			}
		}
		if (best != null && bestDistance <= allowed && !tie) {
			return Optional.of(best);
		}
		return prefixed == 1 ? Optional.of(onlyPrefixed) : Optional.empty();
	}

	/** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
	private static int distance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
