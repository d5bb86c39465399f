package org.factcheck.evidence.alignment;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A compound of the sentence that ends like the claim's and begins otherwise (Verwaltungsgerichtshof
 * for Verfassungsgerichtshof, Landesregierung for Bundesregierung, Präsidentenwahl for Parlamentswahl): another
 * one of the kind, so its head does not realise the claim's compound, and the claim's compound left
 * unsaid is no detail the sentence merely omits. Not the same compound with another linking form
 * (Druckfarbe / Druckerfarbe), nor one whose first part grades the thing (Großkessel). A hyphenated
 * word of the sentence is a rival of a closed compound of the claim (Verdi-Chef for Konzernchef); two
 * hyphenated words {@link Aligner} compares part by part.
 */
public final class RivalCompound {

	/** How long a first part must be to be compared by its beginning. */
	private static final int STEM = 4;

	/**
	 * First parts of size, rank or extent (as keys): they grade the thing rather than name another
	 * kind of it (Großkessel, Hauptbahnhof, Gesamtkosten).
	 */
	private static final Set<String> GRADING = Set.of("gross", "klein", "haupt", "gesamt", "ober", "unter", "mittel", "hoch",
			"tief", "neu", "alt", "voll", "teil", "sonder", "spitze", "top", "mega", "super");

	private RivalCompound() {
	}

	/** Whether one of the sentence's words is a rival of the claim's compound. */
	public static boolean namedIn(Term claim, List<Term> sentenceTerms) {
		return sentenceTerms.stream().anyMatch(term -> of(claim, term));
	}

	/** Whether {@code said} shares the last parts of the claim's compound and none of its first ones. */
	public static boolean of(Term claim, Term said) {
		if (!noun(claim) || !noun(said) || !claim.isCompound() || !said.isCompound() || claim.text().indexOf('-') >= 0
				|| said.text().indexOf('-') >= 0 && said.parts().get(0).length() < Aligner.NAMING_PART) {
			return false;
		}
		List<String> ours = claim.parts();
		List<String> theirs = said.parts();
		int shared = 0;
		while (shared < ours.size() && shared < theirs.size()
				&& Aligner.sameKey(ours.get(ours.size() - 1 - shared), theirs.get(theirs.size() - 1 - shared))) {
			shared++;
		}
		if (shared == 0 || shared == ours.size() || shared == theirs.size()) {
			return false;
		}
		List<String> ourFirst = ours.subList(0, ours.size() - shared);
		List<String> theirFirst = theirs.subList(0, theirs.size() - shared);
		return ourFirst.stream().noneMatch(GRADING::contains) && theirFirst.stream().noneMatch(GRADING::contains)
				&& ourFirst.stream().noneMatch(part -> theirFirst.stream().anyMatch(other -> alike(part, other)));
	}

	private static boolean noun(Term term) {
		return term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME;
	}

	/** The same part, or one beginning with the other (druck / drucker). */
	private static boolean alike(String a, String b) {
		return Aligner.sameKey(a, b) || a.length() >= STEM && b.startsWith(a) || b.length() >= STEM && a.startsWith(b);
	}
}
