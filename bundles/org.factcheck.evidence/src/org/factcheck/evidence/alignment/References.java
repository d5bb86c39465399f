package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.PersonNames;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;

/**
 * Names a sentence refers to without repeating them: "Er schloss nicht aus …" or "Der südkoreanische
 * Staatschef äußerte …" right after sentences naming Cho Tae Yul or Yoon Suk Yeol. A claim name the
 * sentence lacks counts as referred to when one of the sentences just before names it and the
 * sentence has a personal pronoun or starts with a definite description instead of a name; a
 * person's name only when the last of those sentences to name a person names it (Sluzki erklärte …
 * Sacharowa betonte … Sie sagte …: she is Sacharowa). A description by age anywhere in the sentence
 * (sagte der 25-Jährige) refers to a person only: the names, other than places, of the last sentence
 * before it that has such a name. A description of a place anywhere in the sentence (in dem
 * ostafrikanischen Staat) refers to the places the last sentence before it to name one names. A
 * subject described after a conjunction or given by a demonstrative refers to the one person the
 * sentence just before names ({@link DescribedSubject}).
 */
public final class References {

	/** How much a name referred to counts, against 1 for a name the sentence repeats. */
	public static final double CREDIT = 0.8;

	private static final Set<String> PRONOUNS = Set.of("er", "sie", "ihm", "ihn", "ihr", "ihnen");

	private References() {
	}

	/** Whether a claim name is missing from the sentence while the sentence refers back to someone. */
	public static boolean mayCredit(Alignment alignment, AnalyzedText sentence) {
		return alignment.matches().stream().anyMatch(m -> m.claimTerm().kind() == TermKind.NAME && m.score() < CREDIT)
				&& refersBack(sentence);
	}

	/**
	 * @param before the analyses of the sentences just before {@code sentence} in its document
	 */
	public static List<TermMatch> credit(AnalyzedText claim, Alignment alignment, AnalyzedText sentence, List<AnalyzedText> before) {
		List<TermMatch> credited = new ArrayList<>();
		if (before.isEmpty() || !refersBack(sentence)) {
			return credited;
		}
		if (!refersBackByPronounOrOpening(sentence)) {
			List<TermMatch> byDescription = describesByAge(sentence) ? creditByAge(alignment, before) : new ArrayList<>();
			if (describesAPlace(sentence)) {
				byDescription.addAll(creditPlaces(claim, alignment, before));
			}
			if (byDescription.isEmpty() && DescribedSubject.refersBack(sentence)) {
				byDescription.addAll(DescribedSubject.credit(alignment, before.getLast()));
			}
			return byDescription;
		}
		List<Term> claimNames = null;
		Optional<Integer> antecedent = null;
		for (TermMatch match : alignment.matches()) {
			Term name = match.claimTerm();
			if (name.kind() != TermKind.NAME || match.score() >= CREDIT) {
				continue;
			}
			if (claimNames == null) {
				claimNames = alignment.matches().stream().map(TermMatch::claimTerm).toList();
			}
			boolean person = PersonNames.isPerson(claimNames, name);
			if (person && antecedent == null) {
				antecedent = PersonNames.antecedent(before);
			}
			List<AnalyzedText> referred = person && antecedent.isPresent() ? List.of(before.get(antecedent.get())) : before;
			if (namedIn(referred, name)) {
				credited.add(new TermMatch(name, CREDIT, null, true, TermMatch.How.REFERENCE));
			}
		}
		return credited;
	}

	/**
	 * The claim's names of persons (any name that is no place or date) that the sentence just before
	 * it to name such a one names: the person a description by age refers to.
	 */
	private static List<TermMatch> creditByAge(Alignment alignment, List<AnalyzedText> before) {
		List<TermMatch> credited = new ArrayList<>();
		for (int i = before.size() - 1; i >= 0; i--) {
			if (before.get(i).terms().stream().noneMatch(PersonNames::isPersonLike)) {
				continue;
			}
			for (TermMatch match : alignment.matches()) {
				Term name = match.claimTerm();
				if (match.score() < CREDIT && PersonNames.isPersonLike(name) && namedIn(List.of(before.get(i)), name)) {
					credited.add(new TermMatch(name, CREDIT, null, true, TermMatch.How.REFERENCE));
				}
			}
			break;
		}
		return credited;
	}

	/**
	 * The claim's places that the sentence just before it to name a place names: the place a
	 * description of a place refers to.
	 */
	private static List<TermMatch> creditPlaces(AnalyzedText claim, Alignment alignment, List<AnalyzedText> before) {
		List<TermMatch> credited = new ArrayList<>();
		for (int i = before.size() - 1; i >= 0; i--) {
			AnalyzedText text = before.get(i);
			if (text.terms().stream().noneMatch(term -> isPlace(text, term))) {
				continue;
			}
			for (TermMatch match : alignment.matches()) {
				Term name = match.claimTerm();
				if (match.score() < CREDIT && isPlace(claim, name) && namedIn(List.of(text), name)) {
					credited.add(new TermMatch(name, CREDIT, null, true, TermMatch.How.REFERENCE));
				}
			}
			break;
		}
		return credited;
	}

	/** Prepositions before a name that make it a place (in Burundi, aus Gitega, nach Bujumbura). */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "im", "aus", "nach");

	/** A name the lexicon knows as a place, or that follows a preposition of place in its text. */
	private static boolean isPlace(AnalyzedText text, Term term) {
		if (term.kind() != TermKind.NAME) {
			return false;
		}
		if (GermanLexicon.german().nameCategory(term.text()).isPlace()) {
			return true;
		}
		int before = term.index() - 1;
		while (before > 0 && text.tags().get(before).equals("PROPN")) {
			before--;
		}
		return before >= 0 && PLACE_PREPOSITIONS.contains(text.lowerCaseWords().get(before));
	}

	private static boolean namedIn(List<AnalyzedText> texts, Term name) {
		for (AnalyzedText text : texts) {
			for (Term term : text.terms()) {
				if (Aligner.sameKey(term.key(), name.key())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the sentence has a personal pronoun or opens with a definite description instead of a name. */
	public static boolean refersBack(AnalyzedText sentence) {
		return refersBackByPronounOrOpening(sentence) || describesByAge(sentence) || describesAPlace(sentence)
				|| DescribedSubject.refersBack(sentence);
	}

	/** Nouns for a country, region or town, which a description (in dem ostafrikanischen Staat) refers back by. */
	private static final Set<String> PLACE_NOUNS = Set.of("staat", "land", "stadt", "hauptstadt", "landeshauptstadt", "region",
			"bundesland", "provinz", "insel", "republik", "metropole", "gemeinde", "kanton", "konigreich", "emirat");

	/**
	 * "… in dem ostafrikanischen Staat …", "die österreichische Hauptstadt": a definite article, an
	 * adjective or more, and a noun for a place, not followed by the place's name, anywhere in the
	 * sentence, describe the place named last rather than introducing a new one. It refers to a place
	 * only.
	 */
	private static boolean describesAPlace(AnalyzedText sentence) {
		List<String> tags = sentence.tags();
		List<String> words = sentence.lowerCaseWords();
		for (int i = 0; i + 2 < tags.size(); i++) {
			if (!tags.get(i).equals("DET") || !DEFINITE.contains(words.get(i)) || !adjective(sentence, i + 1)) {
				continue;
			}
			int noun = i + 1;
			while (noun < tags.size() && adjective(sentence, noun)) {
				noun++;
			}
			if (noun < tags.size() && (noun + 1 >= tags.size() || !tags.get(noun + 1).equals("PROPN"))
					&& sentence.termAt(noun).filter(term -> PLACE_NOUNS.contains(term.key())).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** An adjective, also one the tagger took for part of a name (dem ostafrikanischen Staat): it is written in lower case. */
	private static boolean adjective(AnalyzedText sentence, int token) {
		String tag = sentence.tags().get(token);
		return tag.equals("ADJ") || tag.equals("PROPN") && Character.isLowerCase(sentence.tokens().get(token).text().charAt(0));
	}

	private static final Set<String> DEFINITE = Set.of("der", "die", "das", "dem", "den", "des");

	private static boolean refersBackByPronounOrOpening(AnalyzedText sentence) {
		for (int i = 0; i < sentence.tokens().size(); i++) {
			String tag = sentence.tags().get(i);
			if (tag.equals("PRON") && PRONOUNS.contains(sentence.tokens().get(i).text().toLowerCase(Locale.GERMAN))) {
				return true;
			}
		}
		return startsWithDefiniteDescription(sentence);
	}

	/** A word of age glued to its figure: 25-Jährige, 37-jährige. */
	private static final Pattern AGE = Pattern.compile("\\d{1,3}-[jJ]ährige[nmrs]?");

	/**
	 * "… sagte der 25-Jährige", "Rein optisch geht der 37-jährige Jurist …": a definite article before
	 * a word of age, anywhere in the sentence, describes the person named last rather than
	 * introducing someone new. It refers to a person only, not to the places and organisations
	 * named before.
	 */
	private static boolean describesByAge(AnalyzedText sentence) {
		List<String> words = sentence.lowerCaseWords();
		for (int i = 1; i < words.size(); i++) {
			if (AGE.matcher(words.get(i)).matches()) {
				int article = articleBefore(sentence, i);
				if (article >= 0 && !INDEFINITE.contains(words.get(article))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Words that may stand between an article and its noun: adjectives, adverbs, a phrase (im Profibereich als Coach). */
	private static final Set<String> WITHIN_NOUN_PHRASE = Set.of("ADJ", "ADV", "ADP", "ADP+DET", "NOUN", "PROPN");

	/**
	 * The article of the noun phrase the word ends (der 25-Jährige, der im Profibereich bisher unerfahrene
	 * 40-Jährige): the first article before it with only adjectives, adverbs and prepositional
	 * phrases between; -1 where a verb, a punctuation mark or the sentence's start comes first.
	 */
	private static int articleBefore(AnalyzedText sentence, int word) {
		List<String> tags = sentence.tags();
		for (int i = word - 1; i >= 0; i--) {
			if (tags.get(i).equals("DET")) {
				return i;
			}
			if (!WITHIN_NOUN_PHRASE.contains(tags.get(i))) {
				return -1;
			}
		}
		return -1;
	}

	/** Articles that introduce someone new (Ein Berufungsgericht ordnete … an) rather than refer back. */
	private static final Set<String> INDEFINITE = Set.of("ein", "eine", "einer", "eines", "einem", "einen", "kein", "keine",
			"einige", "mehrere", "viele", "manche");

	/**
	 * "Der südkoreanische Staatschef …", "Die beiden Staatschefs …": a definite article or
	 * demonstrative, adjectives, noun, no name.
	 */
	private static boolean startsWithDefiniteDescription(AnalyzedText sentence) {
		List<String> tags = sentence.tags();
		if (tags.isEmpty() || !tags.get(0).equals("DET") || INDEFINITE.contains(sentence.tokens().get(0).text().toLowerCase(Locale.GERMAN))) {
			return false;
		}
		int i = 1;
		while (i < tags.size() && (tags.get(i).equals("ADJ") || tags.get(i).equals("NUM") || tags.get(i).equals("ADV"))) {
			i++;
		}
		return i < tags.size() && tags.get(i).equals("NOUN") && (i + 1 >= tags.size() || !tags.get(i + 1).equals("PROPN"));
	}
}
