package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.factcheck.text.data.DataFile;

/**
 * German negation words ({@code data/negation-cues.txt}) and the phrases in which they do not negate
 * or negate only partly ({@code data/negation-exceptions.txt}: nicht nur, kein Wunder, nicht immer).
 * The one list of negation words: the polarity checker scopes them, the evidence checker's measure
 * of stating asks whether a claim or sentence denies something. Thread-safe.
 */
public final class NegationCues {

	/** How far a negation word reaches. */
	public enum Scope {
		/** The statement of its clause. */
		CLAUSE,
		/** weder … noch: one negation of the clause. */
		EITHER,
		/** The noun phrase after it (ohne), or the clause when it opens one. */
		FOCUS,
		/** A verb that negates its object (verhindern), in any form. */
		VERB,
		/**
		 * A verb that denies the act of its zu-infinitive (weigerte sich, die Miete zu zahlen: paid no
		 * rent), in any form; not its own clause.
		 */
		REFUSAL
	}

	/** What a listed phrase does to the negation words in it. */
	public enum Effect {
		/** They do not negate. */
		NONE,
		/** They negate partly (nicht alle, kaum): the clause neither states nor denies the statement. */
		PARTIAL,
		/**
		 * A hedge or qualification without negation (vielleicht, teilweise, meist): the clause neither
		 * states nor denies the statement.
		 */
		HEDGE
	}

	/** A listed phrase found among words: word positions [first, last]. */
	public record Phrase(int first, int last, Effect effect) {
	}

	private static final class Holder {
		static final NegationCues GERMAN = new NegationCues();
	}

	private final Map<String, Scope> cues = new HashMap<>();
	private final Set<String> verbs = new HashSet<>();
	private final Set<String> refusals = new HashSet<>();
	private final PhraseTable<Effect> exceptions = new PhraseTable<>();

	private NegationCues() {
		for (String[] row : DataFile.table(NegationCues.class, "data/negation-cues.txt", 2)) {
			Scope scope = Scope.valueOf(row[1].toUpperCase(Locale.ROOT));
			if (scope == Scope.VERB) {
				verbs.add(row[0].toLowerCase(Locale.GERMAN));
			} else if (scope == Scope.REFUSAL) {
				refusals.add(row[0].toLowerCase(Locale.GERMAN));
			} else {
				cues.put(row[0].toLowerCase(Locale.GERMAN), scope);
			}
		}
		for (String[] row : DataFile.table(NegationCues.class, "data/negation-exceptions.txt", 2)) {
			exceptions.add(row[0], Effect.valueOf(row[1].toUpperCase(Locale.ROOT)));
		}
	}

	public static NegationCues german() {
		return Holder.GERMAN;
	}

	/** The scope of a negation word, or null when the word does not negate. */
	public Scope scope(String word) {
		return cues.get(word.toLowerCase(Locale.GERMAN));
	}

	/**
	 * The scope of a word given with the infinitives it may be a form of (empty for words that are no
	 * verb), or null when it does not negate. A negating verb counts as a verb only (unterlassene
	 * Zahlungen is no negation of the clause).
	 */
	public Scope scope(String word, boolean verb, Collection<String> infinitives) {
		Scope scope = scope(word);
		if (scope == null && verb && infinitives.stream().anyMatch(verbs::contains)) {
			return Scope.VERB;
		}
		if (scope == null && verb && refuses(infinitives)) {
			return Scope.REFUSAL;
		}
		return scope;
	}

	/**
	 * Whether one of the infinitives is a verb that negates its object (verhindern, vermeiden): what
	 * it governs did not happen.
	 */
	public boolean negatesObject(Collection<String> infinitives) {
		return infinitives.stream().anyMatch(infinitive -> verbs.contains(infinitive.toLowerCase(Locale.GERMAN)));
	}

	/** Whether one of the infinitives is a verb of refusal, which denies the act of its zu-infinitive. */
	public boolean refuses(Collection<String> infinitives) {
		return infinitives.stream().anyMatch(infinitive -> refusals.contains(infinitive.toLowerCase(Locale.GERMAN)));
	}

	/**
	 * Whether the word denies the statement of its clause or a part of it (nicht, kein…, nie,
	 * niemand, nichts, weder) — not ohne, which negates only what follows it.
	 */
	public boolean denies(String word) {
		Scope scope = scope(word);
		return scope == Scope.CLAUSE || scope == Scope.EITHER;
	}

	/** The token indexes of the listed phrases among the words whose effect passes the filter. */
	public Set<Integer> phraseTokens(List<String> words, Predicate<Effect> effects) {
		Set<Integer> tokens = new HashSet<>();
		for (Phrase phrase : phrases(words)) {
			if (effects.test(phrase.effect())) {
				for (int i = phrase.first(); i <= phrase.last(); i++) {
					tokens.add(i);
				}
			}
		}
		return tokens;
	}

	/** The listed phrases among the words, longest first where they overlap. */
	public List<Phrase> phrases(List<String> words) {
		List<String> lower = PhraseTable.lowerCase(words);
		List<Phrase> found = new ArrayList<>();
		for (int start = 0; start < lower.size(); start++) {
			PhraseTable.Found<Effect> phrase = exceptions.at(lower, start);
			if (phrase != null) {
				found.add(new Phrase(phrase.first(), phrase.last(), phrase.meaning()));
			}
		}
		return found;
	}
}
