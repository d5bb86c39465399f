package org.factcheck.checkers.hedges;

import java.util.Locale;

/**
 * A place where a text only reports, attributes or assumes a statement.
 *
 * @param kind       how it hedges
 * @param start      offset of the hedge's first word in the analysed text
 * @param end        end offset of its last word (exclusive)
 * @param text       the hedge as written; for a discontinuous one its parts joined by " … "
 * @param scopeFirst the first token the hedge governs
 * @param scopeLast  the last token it governs (inclusive)
 * @param narrow     whether it governs only a phrase (der mutmaßliche Täter; …, vermutlich von X)
 *                   rather than a clause: it qualifies any of the claim's words it reaches
 */
record Hedge(Kind kind, int start, int end, String text, int scopeFirst, int scopeLast, boolean narrow) {

	/** How a hedge qualifies a statement, and how far it reaches. */
	enum Kind {
		/** The statement is someone else's: laut …, … zufolge, nach Angaben …; its clause. */
		ATTRIBUTED("attributed to a source"),
		/** Hearsay by grammar: sollen … worden sein, soll … haben; its clause. */
		REPORTED("reported, not confirmed"),
		/** The source assumes, estimates or expects it: es wird angenommen, gilt als; the sentence. */
		ASSUMED("assumed"),
		/** A sentence adverb or modal of doubt: vermutlich, könnte; its clause. */
		UNCERTAIN("uncertain"),
		/** The source says something is considered so: gilt als …; what follows. */
		CONSIDERED("considered so, not established"),
		/** An adjective doubting a noun: der mutmaßliche Täter; that noun phrase. */
		ALLEGED("alleged");

		private final String description;

		Kind(String description) {
			this.description = description;
		}

		String description() {
			return description;
		}

		static Kind of(String label) {
			return valueOf(label.strip().toUpperCase(Locale.ROOT));
		}
	}

	boolean governs(int token) {
		return token >= scopeFirst && token <= scopeLast;
	}
}
