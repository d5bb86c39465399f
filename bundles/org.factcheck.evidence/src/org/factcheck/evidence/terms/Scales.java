package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.tokens.Token;

/**
 * Words that place a statement on a scale ({@code data/scales.txt}): how many (alle, einige, keine),
 * how often (immer, manchmal, nie), how binding (muss, freiwillig). Two degrees of one scale clash
 * when they cannot both hold of one statement: all, most or many against few or none, some against none;
 * always against sometimes, rarely or never, often against rarely or never, sometimes or rarely
 * against never; necessary against optional; forbidden against necessary, optional or permitted. A degree and a weaker one of the same side (alle /
 * einige, immer / oft, muss / kann) do not clash: the weaker one leaves the stronger open. A word
 * right after {@code nicht} is no degree (nicht alle, nicht immer, muss nicht). Thread-safe.
 */
public final class Scales {

	/** What a scale measures. */
	public enum Scale {
		QUANTITY, FREQUENCY, MODALITY
	}

	/** A degree on its scale. */
	public enum Degree {
		ALL(Scale.QUANTITY), MOST(Scale.QUANTITY), MANY(Scale.QUANTITY), SOME(Scale.QUANTITY), FEW(Scale.QUANTITY),
		NONE(Scale.QUANTITY),
		ALWAYS(Scale.FREQUENCY), OFTEN(Scale.FREQUENCY), SOMETIMES(Scale.FREQUENCY), RARELY(Scale.FREQUENCY),
		NEVER(Scale.FREQUENCY), NECESSARY(Scale.MODALITY), OPTIONAL(Scale.MODALITY), PERMITTED(Scale.MODALITY),
		FORBIDDEN(Scale.MODALITY);

		private final Scale scale;

		Degree(Scale scale) {
			this.scale = scale;
		}

		public Scale scale() {
			return scale;
		}
	}

	/**
	 * A degree found in a text.
	 *
	 * @param first first token of the words that give it
	 * @param last  last token of those words
	 */
	public record Mark(int first, int last, Degree degree) {
	}

	private static final Map<Degree, Set<Degree>> CLASHES = new EnumMap<>(Degree.class);

	static {
		register(Degree.ALL, Degree.FEW, Degree.NONE);
		register(Degree.MOST, Degree.FEW, Degree.NONE);
		register(Degree.MANY, Degree.FEW, Degree.NONE);
		register(Degree.SOME, Degree.NONE);
		register(Degree.FEW, Degree.NONE);
		register(Degree.ALWAYS, Degree.SOMETIMES, Degree.RARELY, Degree.NEVER);
		register(Degree.OFTEN, Degree.RARELY, Degree.NEVER);
		register(Degree.SOMETIMES, Degree.NEVER);
		register(Degree.RARELY, Degree.NEVER);
		register(Degree.NECESSARY, Degree.OPTIONAL);
		register(Degree.FORBIDDEN, Degree.NECESSARY, Degree.OPTIONAL, Degree.PERMITTED);
	}

	private static final Map<Degree, Set<Degree>> STRONGER = Map.of(Degree.ALL, EnumSet.of(Degree.MOST, Degree.SOME),
			Degree.MOST, EnumSet.of(Degree.SOME), Degree.NONE, EnumSet.of(Degree.FEW), Degree.ALWAYS,
			EnumSet.of(Degree.OFTEN, Degree.SOMETIMES), Degree.OFTEN, EnumSet.of(Degree.SOMETIMES), Degree.NEVER,
			EnumSet.of(Degree.RARELY));

	private static void register(Degree degree, Degree... others) {
		for (Degree other : others) {
			CLASHES.computeIfAbsent(degree, d -> EnumSet.noneOf(Degree.class)).add(other);
			CLASHES.computeIfAbsent(other, d -> EnumSet.noneOf(Degree.class)).add(degree);
		}
	}

	private static final class Holder {
		static final Scales GERMAN = new Scales();
	}

	/** The listed words and phrases; an empty meaning for a phrase whose scale word gives no degree. */
	private final PhraseTable<Optional<Degree>> phrases = new PhraseTable<>();

	private Scales() {
		for (String[] row : DataFile.table(Scales.class, "data/scales.txt", 3)) {
			phrases.add(row[0], row[2].equals("no") ? Optional.empty() : Optional.of(Degree.valueOf(row[2].toUpperCase(Locale.ROOT))));
		}
	}

	public static Scales german() {
		return Holder.GERMAN;
	}

	/**
	 * Whether a text giving the degree says at least what one giving the other does: the same degree
	 * or a stronger one on its side of the scale (alle says einige, immer says oft, nie says selten).
	 */
	public static boolean implies(Degree given, Degree other) {
		return given == other || STRONGER.getOrDefault(given, Set.of()).contains(other);
	}

	/** Whether a text must give the degree (or a stronger one) to state a claim that gives it: it restricts the claim. */
	public static boolean restricts(Degree degree) {
		return degree != Degree.SOME && degree != Degree.MANY && degree != Degree.SOMETIMES && degree != Degree.OPTIONAL
				&& degree != Degree.PERMITTED && degree != Degree.FORBIDDEN;
	}

	/** Whether the two degrees cannot both hold of one statement. */
	public static boolean clash(Degree a, Degree b) {
		return CLASHES.getOrDefault(a, Set.of()).contains(b);
	}

	/** The degrees the tokens give, in text order, longest phrase first where listed phrases overlap. */
	public List<Mark> marks(List<Token> tokens) {
		List<String> lower = PhraseTable.lowerCase(tokens.stream().map(Token::text).toList());
		List<Mark> found = new ArrayList<>();
		for (int start = 0; start < lower.size(); start++) {
			PhraseTable.Found<Optional<Degree>> phrase = phrases.at(lower, start);
			if (phrase == null) {
				continue;
			}
			if (phrase.meaning().isPresent() && !negated(lower, phrase.first(), phrase.last())
					&& !(phrase.meaning().get() == Degree.PERMITTED && negatedLater(lower, phrase.last()))) {
				found.add(new Mark(phrase.first(), phrase.last(), phrase.meaning().get()));
			}
			start = phrase.last();
		}
		return found;
	}

	/** How far after a word of permission its negation may stand (darf den Vertrag nicht unterschreiben). */
	private static final int PERMISSION_SCOPE = 8;

	/** A word of permission denied further on in its clause (darf den Vertrag nicht unterschreiben): no permission. */
	private static boolean negatedLater(List<String> lower, int last) {
		for (int i = last + 1; i < lower.size() && i <= last + PERMISSION_SCOPE; i++) {
			String word = lower.get(i);
			if (word.equals(",") || word.equals(".") || word.equals(";")) {
				return false;
			}
			if (word.equals("nicht") || word.equals("nie") || word.equals("niemals") || word.startsWith("kein")) {
				return true;
			}
		}
		return false;
	}

	/** nicht alle, nicht immer; muss nicht (a modal's negation follows it closely). */
	private static boolean negated(List<String> lower, int first, int last) {
		return first > 0 && lower.get(first - 1).equals("nicht") || last + 1 < lower.size() && lower.get(last + 1).equals("nicht");
	}
}
