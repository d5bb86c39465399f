package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Equivalents;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.Thesaurus;
import org.factcheck.text.lexicon.Countries;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;
import org.factcheck.text.numbers.NumberWords;
import org.factcheck.evidence.alignment.TermMatch.How;

/**
 * Matches the content words of a claim against a sentence, tolerant of inflection and German
 * compounding: {@code Regierungssprecherin} matches {@code Sprecherin der Regierung},
 * {@code Lieferung} matches {@code Waffenlieferungen} (and a compound the part of a hyphenated one:
 * {@code Schirmherrschaft} matches {@code UN-Schirmherrschaft}), {@code Grenzübertritte} matches
 * {@code die Grenze überschreiten} (a compound part by an equivalent word).
 */
public final class Aligner {

	private static final double WHOLE = 1.0;
	private static final double PART_OF_COMPOUND = 0.85;
	private static final double SHARED_PREFIX = 0.7;
	private static final double SOME_PARTS = 0.7;
	private static final double HEAD_OF_COMPOUND = 0.75;
	private static final double DERIVED = 0.85;
	private static final double EQUIVALENT = 0.9;
	private static final double SYNONYM = 0.9;
	/** The key of a whole number: digits without a leading zero. */
	/** The longest separable prefix before the ge- of a participle (an-, auf-, nach-, zurück-). */
	private static final int SEPARABLE_PREFIX = 6;
	private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9]\\d{0,17}");
	private static final double NARROWER = 0.85;
	/** A noun in -ung for a synonym of its verb (Vernehmung for verhören): a derivation and a synonym at once. */
	private static final double DERIVED_SYNONYM = 0.8;
	/** Prefixes that make another verb (kaufen / verkaufen), unlike separable ones (melden / anmelden). */
	private static final Set<String> INSEPARABLE_PREFIXES = Set.of("be", "emp", "ent", "er", "ge", "miss", "ver", "zer");

	private Aligner() {
	}

	public static Alignment align(AnalyzedText claim, AnalyzedText sentence) {
		return align(prepare(claim), sentence);
	}

	/** The claim's words ready to be aligned with many sentences: what depends on them alone is found once. */
	public static ClaimWords prepare(AnalyzedText claim) {
		return new ClaimWords(claim.terms().stream().map(term -> new ClaimWord(term, Victory.over(claim, term))).toList());
	}

	public static Alignment align(ClaimWords claim, AnalyzedText sentence) {
		return align(claim, sentence, new SentenceWordIds(sentence.terms()));
	}

	/**
	 * {@link #align(ClaimWords, AnalyzedText)} with the sentence's {@link #thesaurusIds} found before:
	 * a sentence aligned with many claims looks its words up once.
	 */
	public static Alignment align(ClaimWords claim, AnalyzedText sentence, int[] thesaurusIds) {
		if (thesaurusIds.length != sentence.terms().size()) {
			throw new IllegalArgumentException("not the ids of this sentence's words");
		}
		return align(claim, sentence, new SentenceWordIds(sentence.terms(), thesaurusIds));
	}

	/** The thesaurus ids of the sentence's content words in order (-1: not in the thesaurus). */
	public static int[] thesaurusIds(AnalyzedText sentence) {
		int[] ids = new int[sentence.terms().size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = Thesaurus.german().id(sentence.terms().get(i));
		}
		return ids;
	}

	private static Alignment align(ClaimWords claim, AnalyzedText sentence, SentenceWordIds ids) {
		List<TermMatch> matches = new ArrayList<>(claim.words.size());
		boolean[] dateline = datelinePlaces(sentence);
		boolean[] victories = claim.victory ? victories(sentence) : null;
		for (ClaimWord word : claim.words) {
			TermMatch best = best(word, sentence.terms(), ids, dateline);
			if (word.victory && best.score() < EQUIVALENT) {
				best = victory(word.term, sentence.terms(), victories, dateline, best);
			}
			matches.add(best);
		}
		keepNamesTogether(matches, sentence);
		return new Alignment(matches);
	}

	/**
	 * A name of several words whose word the sentence gives more than once ({@code hat Google auf der
	 * Google I/O} for {@code Microsoft hat auf der Google I/O}): the word is realised by the occurrence
	 * beside the one that realises its neighbour in the claim's name, not by the first one, which may
	 * name someone else.
	 */
	private static void keepNamesTogether(List<TermMatch> matches, AnalyzedText sentence) {
		for (int m = 0; m < matches.size(); m++) {
			TermMatch match = matches.get(m);
			if (match.how() != How.SAME || match.claimTerm().kind() != TermKind.NAME) {
				continue;
			}
			for (int side = -1; side <= 1; side += 2) {
				TermMatch neighbour = nameAt(matches, match.claimTerm().index() + side);
				if (neighbour == null) {
					continue;
				}
				int beside = neighbour.sentenceTerm().index() - side;
				if (beside == match.sentenceTerm().index()) {
					break;
				}
				Term there = sentence.termAt(beside).filter(term -> sameKey(term.key(), match.claimTerm().key())).orElse(null);
				if (there != null) {
					matches.set(m, new TermMatch(match.claimTerm(), match.score(), there, How.SAME));
					break;
				}
			}
		}
	}

	/** The match of the claim's name at the given token, realised by the same word; null if there is none. */
	private static TermMatch nameAt(List<TermMatch> matches, int token) {
		for (TermMatch match : matches) {
			if (match.claimTerm().index() == token) {
				return match.how() == How.SAME && match.claimTerm().kind() == TermKind.NAME && match.sentenceTerm() != null
						? match : null;
			}
		}
		return null;
	}

	/**
	 * A news sentence's dateline: one to three capitalised words at the start of a sentence (of the
	 * text or after a sentence's end within it), perhaps with an agency in brackets, then a dash
	 * and the report's first sentence, which starts as a sentence does ({@code Wien – Die Inflationsrate
	 * …}, {@code Berlin (dpa) – …}); not a name before a dash that opens an aside ({@code HDP-Chef
	 * Selahattin Demirtas – dem die Immunität entzogen werden soll – hatte …}).
	 */
	private static final Pattern DATELINE = Pattern.compile(
			"(?:^|[.!?]\\s+|\\n\\s*)(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})(?:\\s*\\([^()\\n]{1,20}\\))?\\s+[–—-]\\s+(?=[\\p{Lu}\\p{N}„\"'(])");

	/**
	 * Which of the sentence's names stand in a dateline: the place a report was filed from, not a
	 * place the report is about, so it realises no place of the claim.
	 */
	static boolean[] datelinePlaces(AnalyzedText sentence) {
		List<Term> terms = sentence.terms();
		boolean[] dateline = new boolean[terms.size()];
		if (!hasSpacedDash(sentence.text())) {
			return dateline;
		}
		var matcher = DATELINE.matcher(sentence.text());
		while (matcher.find()) {
			for (int i = 0; i < terms.size(); i++) {
				Term term = terms.get(i);
				if (term.kind() == TermKind.NAME && term.start() >= matcher.start(1) && term.end() <= matcher.end(1)) {
					dateline[i] = true;
				}
			}
		}
		return dateline;
	}

	/**
	 * Whether a dash follows white space somewhere in the text, as in every {@link #DATELINE}: most
	 * sentences have none, and scanning for it is a fraction of trying the pattern at every position
	 * (which was a twelfth of checking 20,000 claims, once for every sentence a claim is aligned with).
	 */
	private static boolean hasSpacedDash(String text) {
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '-' || c == '–' || c == '—') && isPatternSpace(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/** The characters of {@code \s} in a {@link Pattern} without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
	private static boolean isPatternSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	static TermMatch best(Term claimTerm, List<Term> sentenceTerms) {
		return best(new ClaimWord(claimTerm), sentenceTerms, new SentenceWordIds(sentenceTerms),
				new boolean[sentenceTerms.size()]);
	}

	private static TermMatch best(ClaimWord word, List<Term> sentenceTerms, SentenceWordIds ids, boolean[] dateline) {
		Term claimTerm = word.term;
		TermMatch best = absent(claimTerm);
		for (int i = 0; i < sentenceTerms.size(); i++) {
			if (dateline[i]) {
				continue;
			}
			TermMatch match = match(word, sentenceTerms.get(i), ids, i);
			if (match != null && match.score() > best.score()) {
				best = match;
				if (match.score() >= WHOLE) {
					break;
				}
			}
		}
		if (best.score() < WHOLE && claimTerm.isCompound()) {
			TermMatch spread = spreadCompound(claimTerm, sentenceTerms);
			if (spread.score() > best.score()) {
				best = spread;
			}
		}
		if (best.score() < EQUIVALENT) {
			TermMatch equivalent = equivalent(claimTerm, sentenceTerms);
			if (equivalent.score() > best.score()) {
				best = equivalent;
			}
		}
		return best;
	}

	/** Which of the sentence's words are verbs of a win over an opponent ({@link Victory}). */
	private static boolean[] victories(AnalyzedText sentence) {
		List<Term> terms = sentence.terms();
		boolean[] victories = new boolean[terms.size()];
		for (int i = 0; i < victories.length; i++) {
			victories[i] = Victory.over(sentence, terms.get(i));
		}
		return victories;
	}

	/**
	 * The claim's win over an opponent said the other way by the sentence: A gewann gegen B / A
	 * besiegte B, A schlug B (and the other way round). Which side won is left to the result's sides.
	 */
	private static TermMatch victory(Term claim, List<Term> sentenceTerms, boolean[] victories, boolean[] dateline,
			TermMatch best) {
		for (int i = 0; i < sentenceTerms.size(); i++) {
			if (victories[i] && !dateline[i]) {
				return new TermMatch(claim, EQUIVALENT, sentenceTerms.get(i), How.EQUIVALENT);
			}
		}
		return best;
	}

	/** Another way of saying it: UN / Vereinte Nationen, Gespräch / sprechen (data/equivalents.txt). */
	private static TermMatch equivalent(Term claim, List<Term> sentenceTerms) {
		List<List<String>> alternatives = Equivalents.german().alternatives(claim.key());
		for (int a = 0; a < alternatives.size(); a++) {
			Term found = null;
			boolean all = true;
			for (String key : alternatives.get(a)) {
				Term term = firstSaying(sentenceTerms, key);
				all &= term != null;
				if (found == null) {
					found = term;
				}
			}
			if (all && found != null) {
				return new TermMatch(claim, EQUIVALENT, found, How.EQUIVALENT);
			}
		}
		return absent(claim);
	}

	/** The first sentence word whose key, or a part of whose key, is {@code key}; null if none. */
	private static Term firstSaying(List<Term> sentenceTerms, String key) {
		for (int i = 0; i < sentenceTerms.size(); i++) {
			Term term = sentenceTerms.get(i);
			if (sameKey(term.key(), key) || anyPart(term.parts(), key)) {
				return term;
			}
		}
		return null;
	}

	private static TermMatch absent(Term claim) {
		return new TermMatch(claim, 0, null, How.ABSENT);
	}

	/**
	 * The same word, capitalised only because it opens its text (Betroffen sein könnten … for …
	 * betroffen sein): the tagger takes such a word for a noun and the lexicon gives it another
	 * lemma than the word in the middle of a text. Names aside (Essen, essen).
	 */
	private static boolean capitalisedFirst(Term claim, Term sentence) {
		return (claim.index() == 0 || sentence.index() == 0) && claim.kind() != TermKind.NAME && sentence.kind() != TermKind.NAME
				&& !claim.text().equals(sentence.text()) && claim.text().equalsIgnoreCase(sentence.text());
	}

	/** The claim word's match with one sentence word, or null where there is none (no match made for most pairs). */
	private static TermMatch match(ClaimWord word, Term sentence, SentenceWordIds ids, int index) {
		Term claim = word.term;
		if (nameAndVerb(claim, sentence)) {
			return null;
		}
		if (sameKey(claim.key(), sentence.key()) || capitalisedFirst(claim, sentence) || SharedNounLemma.between(claim, sentence)) {
			return new TermMatch(claim, WHOLE, sentence, How.SAME);
		}
		if (unPrefixed(claim.key(), sentence.key()) || unPrefixed(sentence.key(), claim.key())) {
			return null;
		}
		if (sentence.isCompound() && !privative(sentence.key()) && !deputyOf(sentence, claim) && anyPart(sentence.parts(), claim.key())) {
			return new TermMatch(claim, PART_OF_COMPOUND, sentence, How.COMPOUND);
		}
		if (claim.isCompound() && sentence.isCompound() && claim.parts().equals(sentence.parts())) {
			return new TermMatch(claim, WHOLE, sentence, How.SAME);
		}
		if (word.ungNoun && derived(claim.key(), sentence.key()) || word.mayBeVerbOfUngNoun && derived(sentence.key(), claim.key())
				|| claim.kind() == TermKind.VERB && sentence.kind() == TermKind.VERB && prefixed(claim.key(), sentence.key())) {
			return new TermMatch(claim, DERIVED, sentence, How.DERIVED);
		}
		if (claim.kind() == TermKind.VERB && (sentence.kind() == TermKind.ADJECTIVE || sentence.kind() == TermKind.VERB)
				&& (participleOf(sentence.key(), claim.key()) || participleInLexicon(sentence.text(), claim.key()))) {
			return new TermMatch(claim, DERIVED, sentence, How.DERIVED);
		}
		if (word.numberWord && claim.key().equals(String.valueOf(NumberWords.german().wholeNumber(sentence.text())))) {
			return new TermMatch(claim, WHOLE, sentence, How.EQUIVALENT);
		}
		if (placeAdjective(claim, sentence) || placeAdjective(sentence, claim)) {
			return new TermMatch(claim, DERIVED, sentence, How.DERIVED);
		}
		if (word.countryWord && (Countries.german().countryAndInhabitants(claim.text(), sentence.text())
				|| Countries.german().countryAndInhabitants(sentence.text(), claim.text()))) {
			return new TermMatch(claim, DERIVED, sentence, How.DERIVED);
		}
		if (mainByCompound(claim, sentence)) {
			return new TermMatch(claim, EQUIVALENT, sentence, How.EQUIVALENT);
		}
		if (word.thesaurusId >= 0 && !word.properName && claim.kind() != TermKind.NUMBER
				&& sentence.kind() != TermKind.NUMBER) {
			Thesaurus thesaurus = Thesaurus.german();
			int sentenceId = ids.get(index);
			if (thesaurus.synonyms(word.thesaurusId, sentenceId)) {
				return new TermMatch(claim, SYNONYM, sentence, How.SYNONYM);
			}
			if (thesaurus.broader(sentenceId, word.thesaurusId)) {
				return new TermMatch(claim, NARROWER, sentence, How.NARROWER);
			}
		}
		if (DerivedSynonyms.relate(claim, sentence)) {
			return new TermMatch(claim, DERIVED_SYNONYM, sentence, How.DERIVED);
		}
		return sharesStem(claim.key(), sentence.key()) && !firstPartOf(claim, sentence)
				? new TermMatch(claim, SHARED_PREFIX, sentence, How.DERIVED) : null;
	}

	/**
	 * A word of the sentence that is only a first part of the claim's compound (Konzern for
	 * Konzernchef): it names what the compound is of, not the compound, so it shares no stem with it.
	 */
	private static boolean firstPartOf(Term claim, Term sentence) {
		List<String> parts = claim.parts();
		return claim.isCompound() && parts.subList(0, parts.size() - 1).stream().anyMatch(part -> sameKey(part, sentence.key()));
	}

	/**
	 * A name and a verb, which the light stemmer may give the same key or stem (Schaffer /
	 * schaffen, Wagner / wagen): never the same word. Only a capitalised name counts: the tagger
	 * sometimes takes a verb for a name (des 7. November telefonierte), and that is still the verb.
	 */
	private static boolean nameAndVerb(Term a, Term b) {
		return writtenAsName(a) && writtenAsVerb(b) || writtenAsVerb(a) && writtenAsName(b);
	}

	private static boolean writtenAsName(Term term) {
		return term.kind() == TermKind.NAME && Character.isUpperCase(term.text().charAt(0));
	}

	private static boolean writtenAsVerb(Term term) {
		return term.kind() == TermKind.VERB && Character.isLowerCase(term.text().charAt(0));
	}

	/** Adjectives that a compound says by its first part Haupt- (der wichtigste Lieferant / der Hauptlieferant). */
	private static final Set<String> MAIN = Set.of("wichtig", "hauptsächlich", "zentral");

	/** The claim's wichtigste/hauptsächliche said by a Haupt- compound of the sentence (Hauptlieferant, Hauptgrund). */
	private static boolean mainByCompound(Term claim, Term sentence) {
		return claim.kind() == TermKind.ADJECTIVE && MAIN.contains(claim.key()) && sentence.isCompound()
				&& sentence.parts().get(0).equals("haupt");
	}

	/**
	 * A name and the adjective made from it: Japan / japanisch, Russland / russisch, Amerika /
	 * amerikanisch, Deutschland / deutsch.
	 */
	private static boolean placeAdjective(Term name, Term adjective) {
		if (name.kind() != TermKind.NAME || adjective.kind() != TermKind.ADJECTIVE) {
			return false;
		}
		String key = adjective.key();
		String stem = key.endsWith("isch") ? key.substring(0, key.length() - 4)
				: key.endsWith("sch") ? key.substring(0, key.length() - 3) : null;
		if (stem == null || stem.length() < 4) {
			return false;
		}
		String place = name.key();
		int common = 0;
		while (common < Math.min(stem.length(), place.length()) && stem.charAt(common) == place.charAt(common)) {
			common++;
		}
		return common >= 4 && (common == stem.length() || common == place.length()
				|| common >= 0.8 * Math.min(stem.length(), place.length()));
	}

	/** A claim's words prepared for alignment (see {@link #prepare}). */
	public static final class ClaimWords {
		private final List<ClaimWord> words;
		/** Whether a word of the claim is a verb of a win over an opponent ({@link Victory}). */
		private final boolean victory;

		private ClaimWords(List<ClaimWord> words) {
			this.words = words;
			this.victory = words.stream().anyMatch(word -> word.victory);
		}
	}

	/**
	 * The thesaurus ids of a sentence's words, each looked up when first compared, or all looked up
	 * before (-1: not in it).
	 */
	private static final class SentenceWordIds {
		private static final int NOT_LOOKED_UP = -2;
		private final List<Term> terms;
		private final int[] ids;

		SentenceWordIds(List<Term> terms) {
			this.terms = terms;
			this.ids = new int[terms.size()];
			Arrays.fill(ids, NOT_LOOKED_UP);
		}

		/** Ids all looked up before (never changed here). */
		SentenceWordIds(List<Term> terms, int[] ids) {
			this.terms = terms;
			this.ids = ids;
		}

		int get(int index) {
			if (ids[index] == NOT_LOOKED_UP) {
				ids[index] = Thesaurus.german().id(terms.get(index));
			}
			return ids[index];
		}
	}

	/**
	 * A claim word with what it is compared by, looked up once: whether it is a
	 * {@linkplain #properName proper name}, and its word id in the thesaurus (-1 if it has none).
	 */
	private static final class ClaimWord {
		private final Term term;
		private final boolean properName;
		private final int thesaurusId;
		/** A whole number, whose digits a number word of the sentence may give (fünf, vierzigsten: 5, 40). */
		private final boolean numberWord;
		/** Whether the word may be the noun or the verb of {@link Aligner#derived}: most words are neither. */
		private final boolean ungNoun;
		private final boolean mayBeVerbOfUngNoun;
		/** A verb of a win over an opponent in the claim ({@link Victory}). */
		private final boolean victory;
		/**
		 * Whether the word names a country or its inhabitants, which a sentence word may then name
		 * the other way ({@link Countries#countryAndInhabitants}): most words do neither.
		 */
		private final boolean countryWord;

		ClaimWord(Term term) {
			this(term, false);
		}

		ClaimWord(Term term, boolean victory) {
			this.term = term;
			this.victory = victory;
			this.properName = properName(term);
			this.thesaurusId = Thesaurus.german().id(term);
			this.numberWord = term.kind() == TermKind.NUMBER && WHOLE_NUMBER.matcher(term.key()).matches();
			this.ungNoun = term.key().endsWith("ung") && term.key().length() >= 6;
			this.mayBeVerbOfUngNoun = term.key().endsWith("n");
			this.countryWord = Countries.german().namesCountryOrInhabitants(term.text());
		}
	}

	/**
	 * A word tagged as a name that the German lexicon knows as a name, or does not know as a common
	 * noun: the tagger takes many capitalised nouns for names (Bruchstücke), which the thesaurus may
	 * still relate.
	 */
	private static boolean properName(Term term) {
		if (term.kind() != TermKind.NAME) {
			return false;
		}
		List<Reading> readings = GermanLexicon.german().readings(term.text());
		return readings.stream().anyMatch(Reading::isName) || readings.stream().noneMatch(Reading::isNoun);
	}

	/**
	 * A participle used as an adjective and its verb, or the verb with a prefix: gemeldet / melden,
	 * gemeldet / anmelden, verkaufte / verkaufen, and a participle with the ge- after a separable
	 * prefix: angesiedelt / ansiedeln. The tagger may tag such a participle before a noun as a verb.
	 */
	private static boolean participleOf(String adjective, String verb) {
		for (int prefix = 2; prefix <= SEPARABLE_PREFIX && prefix < verb.length(); prefix++) {
			if (adjective.startsWith(verb.substring(0, prefix) + "ge")
					&& bareParticipleOf(adjective.substring(prefix), verb.substring(prefix))) {
				return true;
			}
		}
		return bareParticipleOf(adjective, verb);
	}

	/** A participle without a separable prefix and its verb, or the verb with a prefix: gemeldet / melden, gesiedelt / siedeln. */
	private static boolean bareParticipleOf(String adjective, String verb) {
		String stem = adjective.startsWith("ge") && adjective.length() > 5 ? adjective.substring(2) : adjective;
		stem = stem.endsWith("t") ? stem.substring(0, stem.length() - 1) : stem.endsWith("en") ? stem.substring(0, stem.length() - 2) : null;
		if (stem == null || stem.length() < 3) {
			return false;
		}
		String infinitive = stem.endsWith("e") || stem.endsWith("el") || stem.endsWith("er") ? stem + "n" : stem + "en";
		return infinitive.equals(verb) || prefixed(infinitive, verb);
	}

	/**
	 * A participle used as an adjective whose participle the German lexicon reads as a form of the
	 * verb, strong verbs included (die entworfene Brücke: entworfen, a participle of entwerfen).
	 */
	private static boolean participleInLexicon(String adjective, String verb) {
		return ParticipleInfinitives.of(adjective).map(verb::equals).orElse(false);
	}

	/**
	 * A verb and the same verb with a separable prefix: melden / anmelden, setzen / absetzen. An
	 * inseparable prefix makes another verb, often the opposite (kaufen / verkaufen, laden /
	 * entladen, suchen / besuchen, stehen / verstehen).
	 */
	private static boolean prefixed(String a, String b) {
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		return shorter.length() >= 5 && longer.length() > shorter.length() && longer.endsWith(shorter)
				&& !INSEPARABLE_PREFIXES.contains(longer.substring(0, longer.length() - shorter.length()));
	}

	/** Whether one word is the other with the prefix un-, which says its opposite (unfreundlich / freundlich). */
	public static boolean opposedByUn(Term a, Term b) {
		return unPrefixed(a.key(), b.key()) || unPrefixed(b.key(), a.key());
	}

	private static boolean unPrefixed(String key, String other) {
		return other.length() >= 4 && key.length() == other.length() + 2 && key.startsWith("un") && key.endsWith(other);
	}

	private static boolean privative(String key) {
		return key.length() >= 6 && key.endsWith("los");
	}

	/**
	 * A compound of Vize- (Vize-Chefin, Vizepräsident) for the claim's word without it: the deputy
	 * is not the one the claim names (die Chefin, der Präsident).
	 */
	private static boolean deputyOf(Term sentence, Term claim) {
		return sentence.key().startsWith(DEPUTY) && !claim.key().startsWith(DEPUTY);
	}

	private static final String DEPUTY = "vize";

	/** A noun in -ung made from a verb: liefern / Lieferung, entsenden / Entsendung. */
	private static boolean derived(String noun, String verb) {
		if (!noun.endsWith("ung") || noun.length() < 6 || !verb.endsWith("n")) {
			return false;
		}
		// verb is stem + "en" or stem + "n" (stem: the noun without -ung), compared without making strings
		int stem = noun.length() - 3;
		return (verb.length() == stem + 2 && verb.charAt(stem) == 'e' || verb.length() == stem + 1)
				&& verb.regionMatches(0, noun, 0, stem);
	}

	/**
	 * A hyphenated adjective of the sentence with the claim's parts but one, in the same places, and
	 * another part there (deutsch-französisch for deutsch-österreichisch, rot-grün for rot-schwarz):
	 * it names another pairing, so the claim's parts found in other words of the sentence do not
	 * make up the claim's. Likewise a hyphenated noun with the claim's head and another first part
	 * (Quirinal-Hügel for Palatin-Hügel, SPÖ-Chef for ÖVP-Chef): it names another one of the kind;
	 * not where one first part is short (Ex-Mitarbeiter) or says the same (UNO- for UN-).
	 */
	private static boolean rivalPairing(Term claim, Term sentence) {
		if (!(claim.kind() == TermKind.ADJECTIVE && sentence.kind() == TermKind.ADJECTIVE || rivalNamed(claim, sentence))
				|| claim.text().indexOf('-') <= 0 || sentence.text().indexOf('-') <= 0 || claim.parts().size() != sentence.parts().size()) {
			return false;
		}
		boolean named = claim.kind() != TermKind.ADJECTIVE;
		int differing = 0;
		for (int i = 0; i < claim.parts().size(); i++) {
			String claimPart = claim.parts().get(i);
			String sentencePart = sentence.parts().get(i);
			if (!sameKey(claimPart, sentencePart)) {
				if (named && (claimPart.length() < NAMING_PART || sentencePart.length() < NAMING_PART
						|| equivalentWord(Equivalents.german().alternatives(claimPart), sentencePart))) {
					return false;
				}
				differing++;
			}
		}
		return differing == 1;
	}

	/**
	 * How long a first part of a hyphenated noun must be to name which one (SPÖ, Quirinal); shorter
	 * ones are prefixes or abbreviations of many readings (Ex-, Vize-, E-).
	 */
	static final int NAMING_PART = 3;

	/** Two hyphenated nouns or names with the same last part. */
	private static boolean rivalNamed(Term claim, Term sentence) {
		return claim.kind() != TermKind.ADJECTIVE && claim.kind() != TermKind.VERB && sentence.kind() != TermKind.ADJECTIVE
				&& sentence.kind() != TermKind.VERB && claim.isCompound() && sentence.isCompound()
				&& sameKey(claim.parts().get(claim.parts().size() - 1), sentence.parts().get(sentence.parts().size() - 1));
	}

	/** A compound whose parts occur as separate words: Regierungssprecherin / Sprecherin der Regierung. */
	private static TermMatch spreadCompound(Term claim, List<Term> sentenceTerms) {
		if (privative(claim.key()) || sentenceTerms.stream().anyMatch(term -> unPrefixed(claim.key(), term.key()))
				|| sentenceTerms.stream().anyMatch(term -> rivalPairing(claim, term)) || RivalCompound.namedIn(claim, sentenceTerms)) {
			return absent(claim);
		}
		int found = 0;
		Term head = null;
		boolean headFound = false;
		List<String> parts = claim.parts();
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			List<List<String>> alternatives = Equivalents.german().alternatives(part);
			for (int c = 0; c < sentenceTerms.size(); c++) {
				Term candidate = sentenceTerms.get(c);
				if (sameKey(part, candidate.key()) || anyPart(candidate.parts(), part)
						|| equivalentWord(alternatives, candidate.key())) {
					found++;
					head = candidate;
					headFound |= i == parts.size() - 1;
					break;
				}
			}
		}
		if (found == 0) {
			return absent(claim);
		}
		double score = found == claim.parts().size() ? WHOLE : SOME_PARTS * found / claim.parts().size();
		if (headFound) {
			score = Math.max(score, HEAD_OF_COMPOUND);
		}
		return new TermMatch(claim, score, head, How.COMPOUND);
	}

	/**
	 * Whether one of a compound part's {@code alternatives} is the single word {@code key}: Übertritt /
	 * überschreiten.
	 */
	private static boolean equivalentWord(List<List<String>> alternatives, String key) {
		for (int i = 0; i < alternatives.size(); i++) {
			List<String> alternative = alternatives.get(i);
			if (alternative.size() == 1 && sameKey(alternative.get(0), key)) {
				return true;
			}
		}
		return false;
	}

	/** Same key, allowing the genitive or plural -s the light stemmer keeps on names (Trumps, Nordkoreas). */
	public static boolean sameKey(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		return a.length() > 3 && b.length() > 3 && (withS(a, b) || withS(b, a));
	}

	/** Whether {@code longer} is {@code shorter} followed by an s. */
	private static boolean withS(String longer, String shorter) {
		return longer.length() == shorter.length() + 1 && longer.charAt(shorter.length()) == 's'
				&& longer.startsWith(shorter);
	}

	private static boolean anyPart(List<String> parts, String key) {
		for (int i = 0; i < parts.size(); i++) {
			if (sameKey(parts.get(i), key)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Two words beginning alike (most of the shorter one); never a word and its privative -los
	 * derivation, which denies it (kosten / kostenlos, Arbeit / arbeitslos), nor a hyphenated word, whose
	 * parts are compared instead (deutsch / deutsch-österreichisch).
	 */
	private static boolean sharesStem(String a, String b) {
		int shorter = Math.min(a.length(), b.length());
		if (shorter < 6 || privative(a) != privative(b) || a.indexOf('-') >= 0 || b.indexOf('-') >= 0) {
			return false;
		}
		int common = 0;
		while (common < shorter && a.charAt(common) == b.charAt(common)) {
			common++;
		}
		return common >= 6 && common >= 0.8 * shorter;
	}
}
