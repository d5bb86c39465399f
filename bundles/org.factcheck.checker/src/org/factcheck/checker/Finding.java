package org.factcheck.checker;

import java.util.List;
import java.util.Objects;

/**
 * One thing a checker found about a claim.
 *
 * @param checkerId  id of the checker that reports it (from its extension)
 * @param kind       whether the finding takes part in the verdict or only informs
 * @param verdict    what this finding says about the claim
 * @param confidence how sure the checker is, from 0 (guess) to 1 (certain); the engine lets a
 *                   more confident finding about the same document win
 * @param message    one sentence a fact-checker understands: what was compared and what was found
 * @param evidence   the passages the finding rests on, most decisive first; empty only for
 *                   {@link Verdict#UNSOURCED}. The engine checks every passage against the
 *                   document text and drops a finding whose evidence does not match it.
 */
public record Finding(String checkerId, FindingKind kind, Verdict verdict, double confidence, String message,
		List<Evidence> evidence) {

	public Finding {
		Objects.requireNonNull(checkerId, "checkerId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(message, "message");
		evidence = List.copyOf(evidence);
		if (!(confidence >= 0 && confidence <= 1)) {
			throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
		}
	}

	/** A {@link FindingKind#ASSESSMENT}: takes part in the verdict. */
	public static Finding assessment(String checkerId, Verdict verdict, double confidence, String message,
			List<Evidence> evidence) {
		return new Finding(checkerId, FindingKind.ASSESSMENT, verdict, confidence, message, evidence);
	}

	/** A {@link FindingKind#NOTE}: informs without taking part in the verdict. */
	public static Finding note(String checkerId, Verdict verdict, double confidence, String message,
			List<Evidence> evidence) {
		return new Finding(checkerId, FindingKind.NOTE, verdict, confidence, message, evidence);
	}

	/**
	 * A {@link FindingKind#CAVEAT} on the documents of {@code evidence}: they cannot make the claim
	 * supported on their own. Its verdict is {@link Verdict#UNSOURCED}, what the claim is when only
	 * these documents support it.
	 */
	public static Finding caveat(String checkerId, double confidence, String message, List<Evidence> evidence) {
		return new Finding(checkerId, FindingKind.CAVEAT, Verdict.UNSOURCED, confidence, message, evidence);
	}

	/** The document of the first evidence passage, or null when there is none. */
	public String documentId() {
		return evidence.isEmpty() ? null : evidence.get(0).documentId();
	}
}
