package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.NegationCues;

/**
 * A verb of refusal ({@code refusal} in {@code data/negation-cues.txt}) and the zu-infinitive of its
 * clause or the clause after it, whose act it denies (Er weigerte sich, die Miete zu zahlen; lehnte
 * es ab, …; verzichtete darauf, …): the act was not done. Not where a negation in the refusal's
 * clause bears on the refusal (weigerte sich nicht), which says nothing of whether the act was
 * done; nor where a noun after the verb takes the zu-infinitive (lehnt die Pläne ab, den Schein
 * abzuschaffen: the plans are refused, not the act); nor for a clause of purpose or manner (um,
 * ohne, statt … zu) or a relative clause (…, das zu zahlen war: a verb follows the infinitive).
 *
 * @param verb the verb of refusal
 * @param act  the zu-infinitive
 */
public record RefusedAct(int verb, int act) {

	private static final Set<String> OTHER_OPENERS = Set.of("um", "ohne", "statt", "anstatt", "außer");

	/** The refused acts of a text. */
	public static List<RefusedAct> find(AnalyzedText text) {
		List<RefusedAct> found = new ArrayList<>();
		List<String> words = text.lowerCaseWords();
		for (int i = 0; i < words.size(); i++) {
			if (!text.tags().get(i).equals("VERB") || !NegationCues.german().refuses(VerbInfinitives.of(text, i))) {
				continue;
			}
			int end = i + 1;
			while (end < words.size() && !ClauseBoundary.at(text, end)) {
				end++;
			}
			if (negated(text, i, end) || objectAfter(text, i, end)) {
				continue;
			}
			int act = zuInfinitive(text, i + 1, end);
			if (act >= 0 && !text.tags().get(act).equals("VERB")) {
				act = -1; // its own auxiliary: abgelehnt zu haben
			}
			if (act < 0 && end + 1 < words.size() && !opensOtherClause(text, end + 1)) {
				int next = end + 1;
				while (next < words.size() && !ClauseBoundary.at(text, next)) {
					next++;
				}
				act = zuInfinitive(text, end + 1, next);
			}
			if (act >= 0) {
				found.add(new RefusedAct(i, act));
			}
		}
		return found;
	}

	/** The zu-infinitive in [from, to), when no verb follows it there (a relative clause: das zu zahlen war). */
	private static int zuInfinitive(AnalyzedText text, int from, int to) {
		int last = -1;
		for (int j = from; j < to; j++) {
			String tag = text.tags().get(j);
			if (tag.equals("VERB") || tag.equals("AUX")) {
				last = j;
			}
		}
		return last >= 0 && isZuInfinitive(text, last) ? last : -1;
	}

	/** A noun after the verb in its clause: the refused thing, which the zu-infinitive describes. */
	private static boolean objectAfter(AnalyzedText text, int verb, int end) {
		for (int k = verb + 1; k < end; k++) {
			String tag = text.tags().get(k);
			if (tag.equals("NOUN") || tag.equals("PROPN")) {
				return true;
			}
		}
		return false;
	}

	/** A clause of purpose or manner (um, ohne, statt … zu): its zu-infinitive is no complement of the refusal. */
	private static boolean opensOtherClause(AnalyzedText text, int first) {
		return OTHER_OPENERS.contains(text.lowerCaseWords().get(first));
	}

	/** A negation word in the refusal's clause, from the punctuation before it to {@code end}. */
	private static boolean negated(AnalyzedText text, int verb, int end) {
		for (int k = ClauseBoundary.start(text, verb); k < end; k++) {
			if (NegationCues.german().scope(text.lowerCaseWords().get(k)) != null) {
				return true;
			}
		}
		return false;
	}

	/** A verb after zu, or with zu inside (abzulehnen: its lemma without the zu). */
	private static boolean isZuInfinitive(AnalyzedText text, int token) {
		String tag = text.tags().get(token);
		if (!tag.equals("VERB") && !tag.equals("AUX")) {
			return false;
		}
		String word = text.lowerCaseWords().get(token);
		int infix = word.indexOf("zu", 1);
		return token > 0 && text.lowerCaseWords().get(token - 1).equals("zu")
				|| infix > 0 && (word.substring(0, infix) + word.substring(infix + 2)).equals(text.lemmas().get(token).toLowerCase(Locale.GERMAN));
	}
}
