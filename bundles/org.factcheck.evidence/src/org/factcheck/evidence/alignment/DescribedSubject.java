package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.PersonNames;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.NameCategory;

/**
 * A sentence whose subject refers back to a person without naming anyone, after a coordinating
 * conjunction ("Doch der Grüne beklagt …", "Aber die Kanzlerin widersprach") or as a demonstrative
 * pronoun ("Diese zog sich … zurück"): the subject, right before the finite verb, is a definite
 * article in the nominative with adjectives and a noun, or a nominalised adjective (der Grüne, die
 * Deutsche), or a demonstrative alone. It refers to the person the sentence just before names, and
 * only where that sentence names exactly one person.
 */
public final class DescribedSubject {

	/** Definite articles of a subject: nominative singular masculine and feminine, and plural. */
	private static final Set<String> NOMINATIVE = Set.of("der", "die");

	private static final Set<String> DEMONSTRATIVES = Set.of("dieser", "diese", "jener", "jene");

	private DescribedSubject() {
	}

	/** Whether the sentence's subject is such a description or demonstrative. */
	public static boolean refersBack(AnalyzedText sentence) {
		List<String> tags = sentence.tags();
		List<String> words = sentence.lowerCaseWords();
		int i = 0;
		if (i < tags.size() && tags.get(i).equals("CCONJ")) {
			i++;
		}
		if (i >= tags.size() || !tags.get(i).equals("DET")) {
			return false;
		}
		if (DEMONSTRATIVES.contains(words.get(i))) {
			return finite(tags, i + 1);
		}
		if (!NOMINATIVE.contains(words.get(i))) {
			return false;
		}
		int head = i + 1;
		while (head < tags.size() && tags.get(head).equals("ADJ") && head + 1 < tags.size() && !finite(tags, head + 1)) {
			head++;
		}
		return head < tags.size() && describes(sentence, head) && finite(tags, head + 1);
	}

	/**
	 * The claim's names of the one person the sentence just before names, where the sentence refers
	 * back by its subject ({@link #refersBack}); none where that sentence names no person or several.
	 */
	public static List<TermMatch> credit(Alignment alignment, AnalyzedText previous) {
		List<TermMatch> credited = new ArrayList<>();
		List<Term> persons = previous.terms().stream().filter(term -> PersonNames.isPerson(previous.terms(), term)).toList();
		if (persons.isEmpty() || persons.getLast().index() - persons.getFirst().index() != persons.size() - 1) {
			return credited;
		}
		for (TermMatch match : alignment.matches()) {
			Term name = match.claimTerm();
			if (name.kind() == TermKind.NAME && match.score() < References.CREDIT
					&& persons.stream().anyMatch(person -> Aligner.sameKey(person.key(), name.key()))) {
				credited.add(new TermMatch(name, References.CREDIT, null, true, TermMatch.How.REFERENCE));
			}
		}
		return credited;
	}

	private static boolean finite(List<String> tags, int token) {
		return token < tags.size() && (tags.get(token).equals("VERB") || tags.get(token).equals("AUX"));
	}

	/** A noun not followed by a name, or a nominalised adjective. */
	private static boolean describes(AnalyzedText sentence, int head) {
		return sentence.tags().get(head).equals("NOUN") || nominalisedAdjective(sentence, head);
	}

	/**
	 * Whether the word after a definite article is a nominalised adjective the tagger may take for a
	 * name (der Grüne, die Deutsche): capitalised, ending in -e, unknown to the lexicon as a name. It
	 * describes a person, it does not name one.
	 */
	public static boolean nominalisedAdjective(AnalyzedText sentence, int token) {
		String tag = sentence.tags().get(token);
		String word = sentence.tokens().get(token).text();
		return token > 0 && NOMINATIVE.contains(sentence.lowerCaseWords().get(token - 1))
				&& (tag.equals("PROPN") || tag.equals("ADJ")) && Character.isUpperCase(word.charAt(0))
				&& word.toLowerCase(Locale.GERMAN).endsWith("e")
				&& GermanLexicon.german().nameCategory(word) == NameCategory.NONE;
	}
}
