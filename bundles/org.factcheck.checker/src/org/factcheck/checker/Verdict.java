package org.factcheck.checker;

import java.util.Locale;

/** What the corpus says about a claim. */
public enum Verdict {
	/** The deciding document states the claim and does not contradict it. */
	SUPPORTED,
	/** The deciding document says something incompatible with the claim. */
	CONFLICTING,
	/** Nothing in the corpus states the claim or contradicts it. */
	UNSOURCED;

	/** The lower-case name used in claim files and machine-readable output. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The verdict of a {@link #label()} ({@code supported}, {@code conflicting}, {@code unsourced}); case ignored. */
	public static Verdict fromLabel(String label) {
		return valueOf(label.trim().toUpperCase(Locale.ROOT));
	}
}
