package org.factcheck.evidence.aspects;

import org.factcheck.evidence.terms.AnalyzedText;

/** Where the aspects' clause around a word ends: punctuation, or a conjunction joining clauses or phrases (und, aber, sondern). */
final class ClauseBoundary {

	private ClauseBoundary() {
	}

	static boolean at(AnalyzedText sentence, int token) {
		return punctuation(sentence, token) || sentence.tags().get(token).equals("CCONJ");
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

	/** The first token of the stretch between punctuation marks around {@code token}: its clause, joined ones included. */
	static int stretchStart(AnalyzedText sentence, int token) {
		int start = token;
		while (start > 0 && !punctuation(sentence, start - 1)) {
			start--;
		}
		return start;
	}

	/** The last token of the stretch between punctuation marks around {@code token}. */
	static int stretchEnd(AnalyzedText sentence, int token) {
		int end = token;
		while (end + 1 < sentence.tags().size() && !punctuation(sentence, end + 1)) {
			end++;
		}
		return end;
	}

	private static boolean punctuation(AnalyzedText sentence, int token) {
		return sentence.tags().get(token).equals("PUNCT");
	}
}
