package org.factcheck.checkers.polarity.clauses;

/** What a clause contributes to what its sentence states. */
public enum ClauseKind {
	/** A main clause, also one in indirect speech (er schließe … nicht aus). */
	MAIN,
	/** What the clause before it says, thinks or reports: a dass-clause or a zu-infinitive. */
	COMPLEMENT,
	/** A clause stated as fact beside the main clause (weil, nachdem, obwohl, während). */
	ADVERBIAL,
	/** A relative clause. */
	RELATIVE,
	/** A condition, question or purpose the sentence does not state as fact (wenn, ob, damit, um … zu). */
	UNASSERTED;

	/** Whether a negation in such a clause bears on the statement of the clauses around it. */
	public boolean carriesSentencePolarity() {
		return this == MAIN || this == COMPLEMENT;
	}
}
