package org.factcheck.evidence.aspects;

import org.factcheck.evidence.terms.AnalyzedText;

/** Where the aspects' clause around a word ends: punctuation, or a conjunction joining clauses or phrases (und, aber, sondern). */
final class ClauseBoundary {

	private ClauseBoundary() {
	}

	static boolean at(AnalyzedText sentence, int token) {
		String tag = sentence.tags().get(token);
		return tag.equals("PUNCT") || tag.equals("CCONJ");
	}
}
