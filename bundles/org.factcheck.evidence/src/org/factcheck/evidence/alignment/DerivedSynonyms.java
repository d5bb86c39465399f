package org.factcheck.evidence.alignment;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.Thesaurus;

/**
 * A verb and a noun in -ung made from a synonym of it (verhören / Vernehmung, from vernehmen):
 * the noun names the act the verb states, in other words.
 */
public final class DerivedSynonyms {

	/** The shortest verb stem an -ung noun is read as made from (Wirkung: wirk-). */
	private static final int SHORTEST_STEM = 3;

	private DerivedSynonyms() {
	}

	/**
	 * Whether the match realises a claim's verb by such a noun, or a claim's noun by such a verb. The
	 * noun leaves unsaid who does the act (die Entsendung eines Gesandten), so a claim realised this
	 * way must have all its other elements realised too.
	 */
	public static boolean realises(TermMatch match) {
		return match.sentenceTerm() != null && relate(match.claimTerm(), match.sentenceTerm());
	}

	/**
	 * Whether the match realises a claim's verb by an -ung noun made from it or from a synonym of it
	 * (prüft by die Prüfung der Bonität): the noun leaves unsaid who does the act, as
	 * {@link #realises} does.
	 */
	public static boolean nominalises(TermMatch match) {
		Term noun = match.sentenceTerm();
		return noun != null && match.claimTerm().kind() == TermKind.VERB && noun.kind() == TermKind.NOUN
				&& noun.key().endsWith("ung") && (match.how() == TermMatch.How.DERIVED || relate(match.claimTerm(), noun));
	}

	/** Whether one word is a verb and the other an -ung noun made from a synonym of it. */
	static boolean relate(Term a, Term b) {
		return a.kind() == TermKind.VERB && b.kind() == TermKind.NOUN && fromSynonym(b.key(), a.key())
				|| b.kind() == TermKind.VERB && a.kind() == TermKind.NOUN && fromSynonym(a.key(), b.key());
	}

	private static boolean fromSynonym(String noun, String verb) {
		if (!noun.endsWith("ung") || noun.length() - 3 < SHORTEST_STEM) {
			return false;
		}
		String stem = noun.substring(0, noun.length() - 3);
		Thesaurus thesaurus = Thesaurus.german();
		return thesaurus.synonyms(stem + "en", verb) || thesaurus.synonyms(stem + "n", verb);
	}
}
