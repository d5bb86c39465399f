package org.factcheck.evidence.terms;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who does what to whom in a simple statement: the agent and the patient of its main verb, read
 * where word order and case make them plain. An active clause that opens with its subject (a noun
 * phrase whose article is not accusative or dative: {@code Der Hund biss den Briefträger}) has that
 * subject as agent and the next noun after the verb (before any preposition) as patient; a passive
 * clause that opens with its subject and a form of {@code werden} has the noun after {@code von},
 * {@code vom} or {@code durch} as agent and the subject as patient ({@code Der Briefträger wurde
 * vom Hund gebissen}). Anything else has no roles: no guess is better than a wrong one.
 *
 * @param agent   token index of the agent's head noun
 * @param patient token index of the patient's head noun
 * @param verb    token index of the main verb (the participle in a passive or perfect clause)
 */
public record Roles(int agent, int patient, int verb) {

	private static final Set<String> WERDEN = Set.of("wird", "werden", "wurde", "wurden", "worden", "würde", "würden");
	private static final Set<String> AGENT_PREPOSITIONS = Set.of("von", "vom", "durch");
	/** Articles that are never nominative: a clause opening with one opens with its object. */
	private static final Set<String> OBLIQUE = Set.of("den", "dem", "einen", "einem", "seinen", "seinem", "ihren", "ihrem",
			"diesen", "diesem", "jenen", "jenem", "keinen", "keinem", "unseren", "unserem");

	/**
	 * Articles of a masculine subject after the verb (Gestern jagte der Hund den Briefträger): the
	 * clause did not open with its subject.
	 */
	private static final Set<String> NOMINATIVE = Set.of("der", "ein");

	/** Articles of a genitive attribute after a noun (der Hund des Nachbarn). */
	private static final Set<String> GENITIVE = Set.of("des", "der", "eines", "einer");

	/** The roles of the text's statement, when word order and case make them plain. */
	public static Optional<Roles> of(AnalyzedText text) {
		List<String> tags = text.tags();
		List<String> words = text.lowerCaseWords();
		int subject = openingNoun(tags, words);
		int finite = subject < 0 ? -1 : afterAttribute(tags, words, subject);
		if (finite < 0 || finite >= tags.size() || !isVerb(tags.get(finite))) {
			return Optional.empty();
		}
		if (WERDEN.contains(words.get(finite))) {
			return passive(tags, words, subject, finite);
		}
		return active(tags, words, subject, finite);
	}

	private static Optional<Roles> passive(List<String> tags, List<String> words, int subject, int finite) {
		for (int i = finite + 1; i < tags.size() - 1; i++) {
			if (tags.get(i).equals("PUNCT")) {
				return Optional.empty();
			}
			if (AGENT_PREPOSITIONS.contains(words.get(i))) {
				int agent = nextNoun(tags, i + 1);
				int participle = agent < 0 ? -1 : nextTag(tags, agent + 1, "VERB");
				return agent < 0 || participle < 0 ? Optional.empty() : Optional.of(new Roles(agent, subject, participle));
			}
		}
		return Optional.empty();
	}

	private static Optional<Roles> active(List<String> tags, List<String> words, int subject, int finite) {
		int object = -1;
		for (int i = finite + 1; i < tags.size(); i++) {
			String tag = tags.get(i);
			if (tag.equals("DET") && NOMINATIVE.contains(words.get(i))) {
				return Optional.empty();
			}
			if (isNoun(tag)) {
				object = i;
				while (object + 1 < tags.size() && tags.get(object + 1).equals("PROPN") && tag.equals("PROPN")) {
					object++;
				}
				break;
			}
			if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("ADV") || tag.equals("NUM") || isVerb(tag))) {
				return Optional.empty();
			}
		}
		if (object < 0) {
			return Optional.empty();
		}
		int participle = nextTag(tags, object + 1, "VERB");
		boolean finiteIsFull = tags.get(finite).equals("VERB");
		int verb = finiteIsFull ? finite : participle;
		return verb < 0 ? Optional.empty() : Optional.of(new Roles(subject, object, verb));
	}

	/**
	 * The head of the noun phrase the text opens with (article, adjectives, noun; or a name), or -1.
	 * A capitalised word without article may be an adverb (Gestern) and is not taken for a subject.
	 */
	private static int openingNoun(List<String> tags, List<String> words) {
		int i = 0;
		if (i < tags.size() && tags.get(i).equals("DET")) {
			if (OBLIQUE.contains(words.get(i))) {
				return -1;
			}
			i++;
		} else if (tags.isEmpty() || !tags.get(0).equals("PROPN")) {
			return -1;
		}
		while (i < tags.size() && tags.get(i).equals("ADJ")) {
			i++;
		}
		if (i >= tags.size() || !isNoun(tags.get(i))) {
			return -1;
		}
		while (i + 1 < tags.size() && isNoun(tags.get(i + 1))) {
			i++;
		}
		return i;
	}

	/** The first token after a genitive attribute that follows the noun (der Hund des Nachbarn), else the next token. */
	private static int afterAttribute(List<String> tags, List<String> words, int noun) {
		int i = noun + 1;
		if (i < tags.size() && tags.get(i).equals("DET") && GENITIVE.contains(words.get(i))) {
			int head = nextNoun(tags, i + 1);
			return head < 0 ? noun + 1 : head + 1;
		}
		return i;
	}

	private static int nextNoun(List<String> tags, int from) {
		for (int i = from; i < tags.size(); i++) {
			if (isNoun(tags.get(i))) {
				while (i + 1 < tags.size() && tags.get(i + 1).equals("PROPN") && tags.get(i).equals("PROPN")) {
					i++;
				}
				return i;
			}
			if (!(tags.get(i).equals("DET") || tags.get(i).equals("ADJ"))) {
				return -1;
			}
		}
		return -1;
	}

	private static int nextTag(List<String> tags, int from, String tag) {
		for (int i = from; i < tags.size(); i++) {
			if (tags.get(i).equals(tag)) {
				return i;
			}
			if (tags.get(i).equals("PUNCT") && i + 1 < tags.size()) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean isNoun(String tag) {
		return tag.equals("NOUN") || tag.equals("PROPN");
	}

	private static boolean isVerb(String tag) {
		return tag.equals("VERB") || tag.equals("AUX");
	}
}
