package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who does what in the clause around one verb of a sentence, within the clause's boundaries: in a
 * relative clause ({@code an Ivo Karlovic verloren, der … 45 Asse schlug}) the antecedent is the
 * agent when the relative pronoun is the clause's subject; in a main clause that opens with its
 * subject ({@code Ljubljana nominierte Turk, Kroatien Pusic}) that subject is the agent of the
 * verb, and the noun phrases after a comma (a gapped clause) are not. The patient is the first noun
 * phrase of the clause that no preposition governs. A relative clause set after the verb of its
 * main clause ({@code an Karlovic verloren, der …}) takes the noun phrase right before that verb as
 * antecedent. A passive clause (a form of werden) has no plain agent here. Read only where word
 * order and case make it plain; no guess is better than a wrong one.
 *
 * @param agent   the agent's noun phrase
 * @param patient the patient's noun phrase, or null when none is plain
 * @param gapped  the clauses that leave out the main clause's verb after it ({@code , Kroatien seine
 *                Außenministerin Vesna Pusic}): each names its own agent and patient
 */
public record ClauseRoles(Span agent, Span patient, List<ClauseRoles> gapped) {

	public ClauseRoles {
		gapped = List.copyOf(gapped);
	}

	/** This clause and the gapped ones after it. */
	public List<ClauseRoles> conjuncts() {
		List<ClauseRoles> all = new ArrayList<>();
		all.add(this);
		all.addAll(gapped);
		return all;
	}

	/** Tokens {@code first} to {@code last} (inclusive) of a noun phrase. */
	public record Span(int first, int last) {

		public boolean contains(int token) {
			return first <= token && token <= last;
		}
	}

	/** Forms of werden: a passive clause's subject is its patient, so such a clause has no plain agent here. */
	private static final Set<String> WERDEN = Set.of("werden", "wird", "wirst", "werdet", "wurde", "wurden", "wurdest",
			"worden", "würde", "würden");

	/** Punctuation that ends a sentence: in a passage of two, the second opens a main clause after it. */
	private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");

	private static final Set<String> RELATIVE = Set.of("der", "die", "das", "welcher", "welche", "welches");

	/** Relative pronouns that are nominative unless the clause has another subject (der: or dative feminine). */
	private static final Set<String> MASCULINE_RELATIVE = Set.of("der", "welcher");

	/** Personal pronouns that can be a clause's subject. */
	private static final Set<String> SUBJECT_PRONOUNS = Set.of("ich", "du", "er", "sie", "es", "wir", "ihr", "man");

	/** Personal pronouns that name a person as a clause's subject (not es, man). */
	private static final Set<String> PERSON_PRONOUNS = Set.of("ich", "du", "er", "sie", "wir", "ihr");

	/**
	 * The personal pronoun a text opens with right before its finite verb (Er konnte …, Wir haben …),
	 * in lower case: the person the text speaks of.
	 */
	public static Optional<String> openingPersonPronoun(AnalyzedText text) {
		List<String> tags = text.tags();
		if (tags.size() < 2 || !PERSON_PRONOUNS.contains(text.lowerCaseWords().get(0))
				|| !(tags.get(1).equals("VERB") || tags.get(1).equals("AUX"))) {
			return Optional.empty();
		}
		return Optional.of(text.lowerCaseWords().get(0));
	}

	/** Articles that can open a subject. */
	private static final Set<String> NOMINATIVE_ARTICLES = Set.of("der", "die", "das", "ein", "eine");

	/** Articles of a masculine subject: after the verb, the clause did not open with its subject. */
	private static final Set<String> NOMINATIVE_ONLY = Set.of("der", "ein");

	/** Articles and pronouns that mark an accusative object. */
	private static final Set<String> ACCUSATIVE = Set.of("den", "einen", "seinen", "ihren", "diesen", "jenen", "keinen",
			"unseren", "ihn");

	/** Articles that are never nominative: a clause opening with one opens with its object. */
	/** Conjunctions that open a clause with its verb at the end. */
	private static final Set<String> SUBORDINATORS = Set.of("während", "weil", "nachdem", "obwohl", "obgleich", "bevor",
			"seit", "seitdem", "sobald", "solange", "falls", "wenn", "als", "ob", "dass", "da", "bis");

	/**
	 * Focus particles: before a noun phrase that ends right before the finite verb (Nur 20 Gäste
	 * kamen, Auch Anna gewann), the particle is part of the opening subject, not an adverbial.
	 */
	private static final Set<String> FOCUS_PARTICLES = Set.of("nur", "lediglich", "bloß", "allein", "auch", "sogar",
			"selbst", "erst", "gerade", "ausgerechnet");

	private static final Set<String> OBLIQUE = Set.of("den", "dem", "einen", "einem", "seinen", "seinem", "ihren", "ihrem",
			"diesen", "diesem", "jenen", "jenem", "keinen", "keinem", "unseren", "unserem", "des", "eines");

	/**
	 * The roles of the clause whose verb is the token at {@code verb}: a relative clause that ends
	 * with the verb, or the main clause when the text opens with its subject and the verb stands
	 * before the first comma.
	 */
	public static Optional<ClauseRoles> around(AnalyzedText text, int verb) {
		List<String> tags = tags(text);
		List<String> words = text.lowerCaseWords();
		if (verb < 0 || verb >= tags.size()) {
			return Optional.empty();
		}
		boolean verbBetween = false;
		for (int i = verb - 1; i >= 0; i--) {
			if (tags.get(i).equals("PUNCT") && (SENTENCE_END.contains(words.get(i)) || dateline(tags, words, i))) {
				return opening(tags, words, i + 1, verb);
			}
			if (tags.get(i).equals("PUNCT")) {
				if (!words.get(i).equals(",") || verbBetween) {
					return Optional.empty();
				}
				return opensSubordinate(tags, words, i + 1) ? subordinate(tags, words, i + 1, verb)
						: i >= 1 ? relative(tags, words, i, verb) : Optional.empty();
			}
			verbBetween |= isVerb(tags.get(i));
		}
		return opening(tags, words, 0, verb);
	}

	/**
	 * The text's tags, with the point of an ordinal number (den 50. Super Bowl, auf den 27. Platz)
	 * read as part of the number rather than as the end of a sentence.
	 */
	public static List<String> tags(AnalyzedText text) {
		List<String> tags = text.tags();
		List<String> words = text.lowerCaseWords();
		List<String> read = null;
		for (int i = 1; i + 1 < tags.size(); i++) {
			if (words.get(i).equals(".") && tags.get(i - 1).equals("NUM")
					&& (tags.get(i + 1).equals("ADJ") || tags.get(i + 1).equals("NOUN") || tags.get(i + 1).equals("PROPN"))) {
				read = read == null ? new ArrayList<>(tags) : read;
				read.set(i, "NUM");
			}
		}
		return read == null ? tags : read;
	}

	/** A dash after nothing but a place name that opens the text (Wien – Die Stadt …): a dateline, after which the sentence starts. */
	private static boolean dateline(List<String> tags, List<String> words, int dash) {
		if (dash == 0 || !(words.get(dash).equals("–") || words.get(dash).equals("-"))) {
			return false;
		}
		for (int i = 0; i < dash; i++) {
			if (!tags.get(i).equals("PROPN")) {
				return false;
			}
		}
		return true;
	}

	private static Optional<ClauseRoles> opening(List<String> tags, List<String> words, int start, int verb) {
		return start < verb && opensSubordinate(tags, words, start) ? subordinate(tags, words, start, verb)
				: main(tags, words, start, verb);
	}

	/** Whether a lower-case word is a form of werden: the clause it heads is passive (or future). */
	public static boolean isPassiveAuxiliary(String word) {
		return WERDEN.contains(word);
	}

	/** Whether a lower-case word is an article that is never nominative: its noun phrase is an object. */
	public static boolean isOblique(String word) {
		return OBLIQUE.contains(word);
	}

	/** A subordinating conjunction, also one the tagger read as a preposition (während, seit, bis). */
	private static boolean opensSubordinate(List<String> tags, List<String> words, int at) {
		return tags.get(at).equals("SCONJ") || SUBORDINATORS.contains(words.get(at));
	}

	/**
	 * A clause opened by a subordinating conjunction, its subject right after it and its verb at the
	 * end (während Stadtrat Paul Huber damit rechnete, dass …; weil die Stadt das Grundstück verkaufte).
	 */
	private static Optional<ClauseRoles> subordinate(List<String> tags, List<String> words, int conjunction, int verb) {
		int start = conjunction + 1;
		if (start >= verb || !verbFinal(tags, words, verb) || !(tags.get(start).equals("PROPN") || isNoun(tags.get(start))
				|| tags.get(start).equals("DET") && !OBLIQUE.contains(words.get(start)))) {
			return Optional.empty();
		}
		Optional<Span> subject = nounPhrase(tags, start);
		if (subject.isEmpty() || subject.get().last() >= verb) {
			return Optional.empty();
		}
		Span patient = null;
		for (int i = subject.get().last() + 1; i < verb; i++) {
			String tag = tags.get(i);
			if (tag.startsWith("ADP")) {
				i = skipPhrase(tags, i + 1) - 1;
			} else if (tag.equals("PUNCT") || isVerb(tag)) {
				return Optional.empty();
			} else if (patient == null && (tag.equals("DET") || isNoun(tag))) {
				patient = nounPhrase(tags, i).orElse(null);
				i = patient == null ? i : patient.last();
			}
		}
		return Optional.of(new ClauseRoles(subject.get(), patient, List.of()));
	}

	/**
	 * The subject a claim opens with, before its finite verb; or, after an opening adverbial (Im
	 * Finale bezwang Djokovic Wawrinka), the noun phrase right after the finite verb.
	 */
	public static Optional<Span> subject(AnalyzedText text) {
		List<String> tags = tags(text);
		List<String> words = text.lowerCaseWords();
		Optional<Span> opening = openingSubject(tags, words, 0);
		if (opening.isPresent()) {
			return WERDEN.contains(words.get(opening.get().last() + 1)) || endsPassive(text, opening.get().last() + 1)
					? Optional.empty() : opening;
		}
		if (tags.isEmpty() || !(tags.get(0).startsWith("ADP") || tags.get(0).equals("ADV"))) {
			return Optional.empty();
		}
		if (FOCUS_PARTICLES.contains(words.get(0))) {
			return focusedSubject(text);
		}
		int finite = -1;
		for (int i = 1; i < tags.size() && finite < 0; i++) {
			if (tags.get(i).equals("PUNCT")) {
				return Optional.empty();
			}
			finite = isVerb(tags.get(i)) ? i : -1;
		}
		if (finite < 0 || finite + 1 >= tags.size() || OBLIQUE.contains(words.get(finite + 1)) || WERDEN.contains(words.get(finite))
				|| endsPassive(text, finite + 1)) {
			return Optional.empty();
		}
		return nounPhrase(tags, finite + 1);
	}

	/**
	 * The subject after a focus particle that opens the claim (Nur 20.000 Gäste besuchen das Museum):
	 * the noun phrase right after it when the finite verb follows that phrase, else none (the
	 * particle may stand before an object: Nur den Hund sah er).
	 */
	private static Optional<Span> focusedSubject(AnalyzedText text) {
		List<String> tags = tags(text);
		List<String> words = text.lowerCaseWords();
		if (tags.size() < 3 || OBLIQUE.contains(words.get(1)) || ACCUSATIVE.contains(words.get(1))) {
			return Optional.empty();
		}
		Optional<Span> phrase = nounPhrase(tags, 1);
		if (phrase.isEmpty() || phrase.get().last() + 1 >= tags.size() || !isVerb(tags.get(phrase.get().last() + 1))) {
			return Optional.empty();
		}
		int finite = phrase.get().last() + 1;
		return WERDEN.contains(words.get(finite)) || endsPassive(text, finite) ? Optional.empty() : phrase;
	}

	/**
	 * Whether the clause from the given token ends in a participle with a form of werden after a
	 * modal (soll … eingeleitet werden, kann … gebaut werden): a passive, whose subject is its patient.
	 */
	private static boolean endsPassive(AnalyzedText text, int from) {
		List<String> words = text.lowerCaseWords();
		List<String> tags = tags(text);
		for (int i = from + 1; i < words.size() && !tags.get(i).equals("PUNCT"); i++) {
			if (WERDEN.contains(words.get(i)) && tags.get(i - 1).equals("VERB")
					&& !words.get(i - 1).equals(text.lemmas().get(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static Optional<ClauseRoles> relative(List<String> tags, List<String> words, int comma, int verb) {
		int pronoun = comma + 1;
		int last = comma - 1;
		while (last > 0 && isVerb(tags.get(last))) {
			last--;
		}
		if (!RELATIVE.contains(words.get(pronoun)) || !isNoun(tags.get(last)) || !verbFinal(tags, words, verb)
				|| tags.get(pronoun).equals("DET") && opensNounPhrase(tags, pronoun + 1, verb)) {
			return Optional.empty();
		}
		int first = last;
		while (first > 0 && isNoun(tags.get(first - 1))) {
			first--;
		}
		boolean accusativeObject = false;
		Span patient = null;
		for (int i = pronoun + 1; i < verb; i++) {
			String tag = tags.get(i);
			if (tag.startsWith("ADP")) {
				i = skipPhrase(tags, i + 1) - 1;
				continue;
			}
			String word = words.get(i);
			if (tag.equals("PRON") && SUBJECT_PRONOUNS.contains(word)
					|| tag.equals("DET") && NOMINATIVE_ARTICLES.contains(word) && !isNoun(tags.get(i - 1))) {
				return Optional.empty();
			}
			accusativeObject |= ACCUSATIVE.contains(word);
			if (patient == null && (tag.equals("DET") || tag.equals("NUM") || isNoun(tag))) {
				patient = nounPhrase(tags, i).orElse(null);
			}
		}
		if (!MASCULINE_RELATIVE.contains(words.get(pronoun)) && !accusativeObject) {
			return Optional.empty();
		}
		return Optional.of(new ClauseRoles(new Span(first, last), patient, List.of()));
	}

	private static Optional<ClauseRoles> main(List<String> tags, List<String> words, int start, int verb) {
		Optional<Span> subject = openingSubject(tags, words, start);
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		int finite = subject.get().last() + 1;
		if (verb < finite || WERDEN.contains(words.get(finite))) {
			return Optional.empty();
		}
		Span patient = null;
		int end = finite + 1;
		for (; end < tags.size() && !tags.get(end).equals("PUNCT") && !words.get(end).equals("und"); end++) {
			if (tags.get(end).startsWith("ADP")) {
				end = skipPhrase(tags, end + 1) - 1;
			} else if (patient == null && (tags.get(end).equals("DET") || isNoun(tags.get(end)))) {
				patient = NOMINATIVE_ONLY.contains(words.get(end)) ? null : nounPhrase(tags, end).orElse(null);
				end = patient == null ? end : patient.last();
			}
		}
		if (verb >= end) {
			return Optional.empty();
		}
		return Optional.of(new ClauseRoles(subject.get(), patient, gapped(tags, words, end)));
	}

	/**
	 * The clauses after a main clause that leave out its verb, each a subject and an object between
	 * commas or und (Ljubljana nominierte Turk, Kroatien Pusic, Mazedonien Kerim). A part with a verb
	 * ends the series; a part that is not two noun phrases (an apposition) is passed over.
	 */
	private static List<ClauseRoles> gapped(List<String> tags, List<String> words, int from) {
		List<ClauseRoles> clauses = new ArrayList<>();
		int start = from;
		while (start < tags.size() && (words.get(start).equals(",") || words.get(start).equals("und"))) {
			int end = start + 1;
			while (end < tags.size() && !tags.get(end).equals("PUNCT") && !words.get(end).equals("und")) {
				if (isVerb(tags.get(end))) {
					return clauses;
				}
				end++;
			}
			boolean subjectFirst = start + 1 < tags.size()
					&& (tags.get(start + 1).equals("PROPN") || tags.get(start + 1).equals("DET") && !OBLIQUE.contains(words.get(start + 1)));
			Optional<Span> agent = subjectFirst ? nounPhrase(tags, start + 1) : Optional.empty();
			Optional<Span> patient = agent.isEmpty() || agent.get().last() + 1 >= end ? Optional.empty()
					: nounPhrase(tags, agent.get().last() + 1);
			if (patient.isPresent()) {
				clauses.add(new ClauseRoles(agent.get(), new Span(patient.get().first(), end - 1), List.of()));
			}
			start = end;
		}
		return clauses;
	}

	/**
	 * The noun phrase the clause at {@code start} opens with when a finite verb follows it (after a
	 * genitive attribute or one prepositional attribute, if any: Der Außenseiter aus Denver gewinnt;
	 * before the finite verb of a main clause stands one phrase only).
	 */
	private static Optional<Span> openingSubject(List<String> tags, List<String> words, int start) {
		if (start >= tags.size() || !(tags.get(start).equals("PROPN") || titled(tags, start)
				|| tags.get(start).equals("DET") && !OBLIQUE.contains(words.get(start)))) {
			return Optional.empty();
		}
		Optional<Span> phrase = nounPhrase(tags, start);
		if (phrase.isEmpty()) {
			return Optional.empty();
		}
		int next = phrase.get().last() + 1;
		if (next < tags.size() && tags.get(next).equals("DET") && (words.get(next).equals("des") || words.get(next).equals("der"))) {
			Optional<Span> attribute = nounPhrase(tags, next);
			if (attribute.isEmpty()) {
				return Optional.empty();
			}
			next = attribute.get().last() + 1;
		}
		if (next + 1 < tags.size() && tags.get(next).startsWith("ADP") && isNoun(tags.get(skipPhrase(tags, next + 1) - 1))) {
			next = skipPhrase(tags, next + 1);
		}
		return next < tags.size() && isVerb(tags.get(next)) ? Optional.of(new Span(start, next - 1)) : Optional.empty();
	}

	/** A noun right before a name: a title or role before it (Stadtrat Paul Huber). */
	private static boolean titled(List<String> tags, int at) {
		return isNoun(tags.get(at)) && !tags.get(at).equals("PROPN") && at + 1 < tags.size() && tags.get(at + 1).equals("PROPN");
	}

	/** Article, adjectives and numbers, then a run of nouns and names, from {@code from}. */
	private static Optional<Span> nounPhrase(List<String> tags, int from) {
		int i = from;
		if (i < tags.size() && tags.get(i).equals("DET")) {
			i++;
		}
		while (i < tags.size() && (tags.get(i).equals("ADJ") || tags.get(i).equals("NUM"))) {
			i++;
		}
		if (i >= tags.size() || !isNoun(tags.get(i))) {
			return Optional.empty();
		}
		while (i + 1 < tags.size() && isNoun(tags.get(i + 1))) {
			i++;
		}
		return Optional.of(new Span(from, i));
	}

	/** The token after the noun phrase a preposition governs (its article, adjectives and nouns). */
	private static int skipPhrase(List<String> tags, int from) {
		int i = from;
		while (i < tags.size() && (tags.get(i).equals("DET") || tags.get(i).equals("ADJ") || tags.get(i).equals("NUM"))) {
			i++;
		}
		while (i < tags.size() && isNoun(tags.get(i))) {
			i++;
		}
		return i;
	}

	/** Whether a noun follows before the next preposition, verb or punctuation: the word before was an article. */
	private static boolean opensNounPhrase(List<String> tags, int from, int verb) {
		for (int i = from; i < verb; i++) {
			String tag = tags.get(i);
			if (isNoun(tag)) {
				return true;
			}
			if (tag.startsWith("ADP") || isVerb(tag) || tag.equals("PUNCT")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Only verbs (auxiliaries) between the verb and the clause's end: the verb closes a subordinate
	 * clause — an active one (no form of werden after it: gejagt wurde is passive).
	 */
	private static boolean verbFinal(List<String> tags, List<String> words, int verb) {
		for (int i = verb + 1; i < tags.size(); i++) {
			if (tags.get(i).equals("PUNCT")) {
				return true;
			}
			if (!isVerb(tags.get(i)) || WERDEN.contains(words.get(i))) {
				return false;
			}
		}
		return true;
	}


	private static boolean isNoun(String tag) {
		return tag.equals("NOUN") || tag.equals("PROPN");
	}

	private static boolean isVerb(String tag) {
		return tag.equals("VERB") || tag.equals("AUX");
	}
}
