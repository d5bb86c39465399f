package org.factcheck.evidence.terms;

import java.util.Set;

/**
 * Adjectives that are opposites by their suffix on the same stem: -los, which denies the stem,
 * against -reich or -voll, which affirm it (erfolglos / erfolgreich, sinnlos / sinnvoll,
 * hoffnungslos / hoffnungsvoll).
 */
public final class SuffixOpposites {

	private static final String DENYING = "los";

	private static final Set<String> AFFIRMING = Set.of("reich", "voll");

	/** Stems whose -los and -reich forms say the same (zahllos / zahlreich: both many). */
	private static final Set<String> ALIKE = Set.of("zahl");

	private static final int MINIMUM_STEM = 3;

	private SuffixOpposites() {
	}

	/** Whether the two word keys are the same stem with -los on one side and -reich or -voll on the other. */
	public static boolean opposed(String a, String b) {
		return denies(a, b) || denies(b, a);
	}

	private static boolean denies(String denying, String affirming) {
		if (!denying.endsWith(DENYING)) {
			return false;
		}
		String stem = denying.substring(0, denying.length() - DENYING.length());
		if (stem.length() < MINIMUM_STEM || ALIKE.contains(stem) || !affirming.startsWith(stem)) {
			return false;
		}
		return AFFIRMING.contains(affirming.substring(stem.length()));
	}
}
