package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;

/**
 * A sentence that names another act done to the claim's object, by a verb turned noun whose genitive
 * the object is ({@code das Schützen der Flagge} for {@code Sie verbrennen die Flagge}, {@code die
 * Rettung der Bank} for {@code Der Staat verkaufte die Bank}): the claim's verb is the word the
 * sentence leaves unsaid, and in its place the sentence says what is done to the object, in other
 * words that realise nothing of the claim. That verb is no tolerated gap.
 */
public final class ActOnTheObject {

	/** Articles of a genitive after a noun, before its adjectives (das Schützen der Flagge, die Rettung des alten Hauses). */
	private static final Set<String> GENITIVE_ARTICLES = Set.of("der", "des", "eines", "einer");

	/** Word classes between a verb and its object's noun. */
	private static final Set<String> BEFORE_OBJECT = Set.of("DET", "ADJ", "NUM");

	private ActOnTheObject() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param gap       the claim word the sentence leaves unsaid
	 * @return whether the gap is a full verb whose object the sentence gives as the genitive of a verb
	 *         turned noun that realises nothing of the claim
	 */
	public static boolean namedOtherwise(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.VERB || !claim.tags().get(gap.index()).equals("VERB") || !Elements.isElement(gap)) {
			return false;
		}
		int object = objectAfter(claim, gap.index());
		if (object < 0) {
			return false;
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().index() != object || !match.realisedInSentence()) {
				continue;
			}
			int article = match.sentenceTerm().index() - 1;
			while (article > 0 && sentence.tags().get(article).equals("ADJ")) {
				article--;
			}
			int head = article - 1;
			if (head >= 0 && GENITIVE_ARTICLES.contains(sentence.lowerCaseWords().get(article))
					&& sentence.tags().get(head).equals("NOUN") && !realising.contains(head)
					&& namesAnAct(sentence.tokens().get(head).text())) {
				return true;
			}
		}
		return false;
	}

	/** The index of the noun right after the verb at {@code verb} but for articles and adjectives: its object; -1 if none. */
	private static int objectAfter(AnalyzedText claim, int verb) {
		List<String> tags = claim.tags();
		int at = verb + 1;
		while (at < tags.size() && BEFORE_OBJECT.contains(tags.get(at))) {
			at++;
		}
		return at > verb + 1 && at < tags.size() && tags.get(at).equals("NOUN") ? at : -1;
	}

	/** Whether a noun names an act: an infinitive turned noun (das Schützen) or a noun in -ung of a verb (die Rettung). */
	private static boolean namesAnAct(String noun) {
		String lower = noun.toLowerCase(Locale.GERMAN);
		if (lower.endsWith("ung")) {
			return true;
		}
		return lower.endsWith("en") && GermanLexicon.german().readings(lower).stream()
				.anyMatch(reading -> reading.isVerb() && reading.lemma().equals(lower));
	}
}
