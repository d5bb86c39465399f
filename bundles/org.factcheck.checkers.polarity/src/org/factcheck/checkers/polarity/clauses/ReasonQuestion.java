package org.factcheck.checkers.polarity.clauses;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.text.tokens.Token;

/**
 * A question for the reason of a statement presupposes the statement: "Warum gilt das nicht für das
 * Web?" asks why it does not, and so says that it does not. Such a sentence opens with warum,
 * weshalb, weswegen or wieso (after a connective or particle at most: Also warum …) and the finite
 * verb right after it, and ends with its only question mark. Not so a rhetorical question with a
 * modal or a conditional (Warum sollte er das tun?, Warum würde jemand …?), which suggests the
 * opposite, nor a suggestion to the addressee or to the speaker and others (Warum fängst du nicht
 * an?, Warum gehen wir nicht?).
 */
public final class ReasonQuestion {

	private static final Set<String> WHY = Set.of("warum", "weshalb", "weswegen", "wieso");
	private static final Set<String> LEADING = Set.of("ADV", "CCONJ", "INTJ", "PART", "PUNCT");
	/** Forms of the modals and of würde, by which a why-question argues instead of asking. */
	private static final Set<String> MODAL_STEMS = Set.of("soll", "muss", "müss", "kann", "könn", "konnt", "darf", "dürf",
			"durft", "will", "woll", "mag", "mög", "möch", "moch", "würd");
	private static final Set<String> ADDRESSED = Set.of("du", "ihr", "wir", "sie");

	private ReasonQuestion() {
	}

	/** Whether the tokens are one question for the reason of what they state, which they presuppose. */
	public static boolean presupposes(List<Token> tokens, List<String> tags) {
		int last = tokens.size() - 1;
		while (last >= 0 && !tokens.get(last).text().equals("?") && tags.get(last).equals("PUNCT")) {
			last--;
		}
		if (last < 2 || !tokens.get(last).text().equals("?")) {
			return false;
		}
		int why = 0;
		while (why < last && !WHY.contains(lower(tokens, why)) && LEADING.contains(tags.get(why)) && why < 2) {
			why++;
		}
		if (!WHY.contains(lower(tokens, why)) || !(tags.get(why + 1).equals("VERB") || tags.get(why + 1).equals("AUX"))) {
			return false;
		}
		boolean negated = false;
		boolean addressed = false;
		for (int i = 0; i < last; i++) {
			String word = lower(tokens, i);
			if (word.equals("?") || MODAL_STEMS.stream().anyMatch(word::startsWith)) {
				return false;
			}
			negated |= word.equals("nicht");
			addressed |= ADDRESSED.contains(word) && tags.get(i).equals("PRON");
		}
		return !(negated && addressed);
	}

	/** Whether the segment opens the sentence of such a question. */
	static boolean opens(Span segment, List<Token> tokens, List<String> tags) {
		return segment.first() == 0 && presupposes(tokens, tags);
	}

	private static String lower(List<Token> tokens, int i) {
		return tokens.get(i).text().toLowerCase(Locale.GERMAN);
	}
}
