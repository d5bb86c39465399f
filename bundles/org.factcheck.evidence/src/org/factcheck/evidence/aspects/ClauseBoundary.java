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

	/** The first token of the clause around {@code token}. */
	static int start(AnalyzedText sentence, int token) {
		int start = token;
		while (start > 0 && !at(sentence, start - 1)) {
			start--;
		}
		return start;
	}

	/** The last token of the clause around {@code token}. */
	static int end(AnalyzedText sentence, int token) {
		int end = token;
		while (end + 1 < sentence.tags().size() && !at(sentence, end + 1)) {
			end++;
		}
		return end;
	}
}
