package org.factcheck.evidence.alignment;

import java.util.List;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;

/**
 * Two nouns that the German lexicon reads as forms of one noun, though their keys differ: a key is
 * the lemma of a form's first noun reading, and an inflected form may first read as another noun
 * (Freunden as das Freunden, not as Freund; Tagen as das Tagen; Rabatte as die Rabatte).
 */
final class SharedNounLemma {

	private SharedNounLemma() {
	}

	static boolean between(Term a, Term b) {
		if (a.kind() != TermKind.NOUN || b.kind() != TermKind.NOUN || !sameStart(a.text(), b.text())) {
			return false;
		}
		List<Reading> others = GermanLexicon.german().readings(b.text());
		for (Reading reading : GermanLexicon.german().readings(a.text())) {
			if (reading.isNoun() && others.stream().anyMatch(other -> other.isNoun() && other.lemma().equals(reading.lemma()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the shorter form is the longer one's beginning but for at most its last letter, as forms
	 * of one noun are (Freund, Freunden; Gefangener, Gefangenen): most pairs of words are not, and are
	 * not looked up.
	 */
	private static boolean sameStart(String a, String b) {
		int shorter = Math.min(a.length(), b.length());
		int common = 0;
		while (common < shorter && Character.toLowerCase(a.charAt(common)) == Character.toLowerCase(b.charAt(common))) {
			common++;
		}
		return shorter >= 3 && common >= shorter - 1;
	}
}
