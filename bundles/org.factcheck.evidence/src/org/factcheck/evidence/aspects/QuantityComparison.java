package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.Thesaurus;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.numbers.BracketAges;
import org.factcheck.text.numbers.CompoundDurations;
import org.factcheck.text.numbers.Factors;
import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.factcheck.text.numbers.Shares;
import org.factcheck.text.numbers.SharedUnits;
import org.factcheck.text.tokens.Token;

/**
 * Compares the quantities of a claim with those of a sentence. A claim quantity is compared only
 * with sentence quantities of the same thing — the same unit of measurement, or a counted noun
 * that the sentence names right after its number ({@code 28.500 in Südkorea stationierten
 * US-Soldaten}) — so that a number for something else in the same sentence is not mistaken for it.
 * A share ({@code mehr als einem Viertel der Abgeordneten}) is compared only with shares, not with
 * a count of the same noun.
 */
public final class QuantityComparison {

	/** How many times larger one figure must be than another to count something else. */
	private static final double MAGNITUDES_APART = 1000;

	/** How many words after a number may stand between it and the noun it counts. */
	private static final int COUNTED_NOUN_REACH = 6;

	/** A claim quantity and the sentence quantity it was compared with. */
	public record Pair(Quantity claim, Quantity sentence) {
	}

	private final List<Pair> agreements;
	private final List<Pair> conflicts;
	private final List<Quantity> otherTimes;
	private final List<Quantity> otherClauses;

	private QuantityComparison(List<Pair> agreements, List<Pair> conflicts, List<Quantity> otherTimes) {
		this(agreements, conflicts, otherTimes, List.of());
	}

	private QuantityComparison(List<Pair> agreements, List<Pair> conflicts, List<Quantity> otherTimes,
			List<Quantity> otherClauses) {
		this.agreements = List.copyOf(agreements);
		this.conflicts = List.copyOf(conflicts);
		this.otherTimes = List.copyOf(otherTimes);
		this.otherClauses = List.copyOf(otherClauses);
	}

	/**
	 * Pairs each claim quantity with at most one sentence quantity of the same thing — the one with
	 * the same value if there is one (the claim may have changed only its qualifier), else the
	 * first compatible one, else the first of the same thing — and judges the pairs: agreeing,
	 * conflicting, or neither (a bounded claim the sentence does not bound as tightly, see
	 * {@link #says}). A value the sentence gives as a former one beside a present one of the same
	 * thing (10 Prozent – bisher 25 Prozent) is compared only with a claim that speaks of a former
	 * value too; alone, bisher is rather so far (bisher 300 Tote). Where the sentence gives the
	 * claim's very value for another time or as a point of comparison (circa 4 Mrd. Euro 2016,
	 * Vorjahr: 3,716 Mrd. Euro, for 3,716 Milliarden in 2016), a merely compatible value of the
	 * claim's time conflicts: the claim gives the other time's figure. A claim's figure reached (auf
	 * 45 Prozent) is not compared with the start of the sentence's change (von 45 … auf 60 Prozent)
	 * where the sentence gives the value reached too, also in a claim without a time. A figure of
	 * another clause ({@link #ofOtherClauses}) agrees with nothing.
	 */
	public static QuantityComparison compare(AnalyzedText claim, AnalyzedText sentence) {
		List<Pair> agreements = new ArrayList<>();
		List<Pair> conflicts = new ArrayList<>();
		List<Pair> open = new ArrayList<>();
		List<Quantity> claimQuantities = quantities(claim);
		List<Quantity> otherTimes = new ArrayList<>();
		if (claimQuantities.isEmpty()) {
			return new QuantityComparison(agreements, conflicts, otherTimes);
		}
		List<Quantity> unused = new ArrayList<>(quantities(sentence));
		FigureTimes.Time claimTime = FigureTimes.claimTime(claim, claimQuantities);
		List<Quantity> agreeOnly = new ArrayList<>();
		List<Quantity> otherClauses = ofOtherClauses(claim, claimQuantities, sentence);
		for (Quantity wanted : claimQuantities) {
			List<Quantity> sameThings = unused.stream()
					.filter(q -> sameThing(wanted, q, sentence) && !ageAgainstDuration(wanted, claim.text(), q, sentence.text())
							&& (q.value() == wanted.value() || !ageAgainstOtherNoun(wanted, claim.text(), q, sentence.text())))
					.toList();
			List<Quantity> starts = claimTime == null && reached(wanted, claim.text())
					? sameThings.stream().filter(q -> FigureTimes.of(q, sentence).comparisonPoint()).toList() : List.of();
			otherTimes.addAll(starts.size() < sameThings.size() ? starts : List.of());
			List<Quantity> candidates = starts.size() < sameThings.size()
					? sameThings.stream().filter(q -> !starts.contains(q)).toList() : sameThings;
			if (claimTime != null) {
				candidates.stream().filter(q -> ofAnotherTime(claimTime, q, sentence)).forEach(otherTimes::add);
			}
			List<Quantity> comparable = ofTheClaimsTime(claimTime, ListedFigures.ofTheClaimsName(claim, sentence, ofTheClaimsClause(claim,
					claimQuantities, Former.marks(claim.text()) ? candidates : present(candidates, sentence.text()), sentence)), sentence,
					agreeOnly);
			Quantity partner = comparable.stream().filter(q -> q.value() == wanted.value()).findFirst()
					.orElseGet(() -> comparable.stream().filter(wanted::compatibleWith).findFirst()
							.orElseGet(() -> comparable.isEmpty() ? null : comparable.get(0)));
			if (partner == null) {
				continue;
			}
			unused.remove(partner);
			if (partner.value() != wanted.value() && agree(wanted, partner) && !agreeOnly.contains(partner)
					&& otherTimes.stream().anyMatch(q -> q.value() == wanted.value() && candidates.contains(q))) {
				conflicts.add(new Pair(wanted, partner));
			} else if (agree(wanted, partner)) {
				(says(wanted, partner) && !otherClauses.contains(partner) ? agreements : open).add(new Pair(wanted, partner));
			} else if (agreeOnly.contains(partner)) {
				open.add(new Pair(wanted, partner));
			} else {
				conflicts.add(new Pair(wanted, partner));
			}
		}
		return new QuantityComparison(agreements, conflicts, otherTimes, otherClauses);
	}

	/** A claim figure the claim gives as what something reaches: auf 45 Prozent (steigen, sinken, erhöhen). */
	private static final Pattern REACHED = Pattern.compile("\\bauf\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * Whether the claim gives its figure as the value something reaches (auf 45 Prozent): where the
	 * sentence gives the same value as the start of a change (von 45 Prozent … auf 60 Prozent), that
	 * figure is not the claim's, and the figure reached is the one to compare.
	 */
	private static boolean reached(Quantity wanted, String claim) {
		return REACHED.matcher(claim.substring(0, wanted.start())).find();
	}

	/**
	 * The sentence's figures that stand in a clause of their own (a stretch between commas or other
	 * clause punctuation with a verb and a noun besides the figure: its own subject) realising none
	 * of the claim's words, where another clause of the sentence with a figure realises some: the
	 * figure is said of the other clause's subject
	 * (Der Abstand beträgt acht Zähler, die Grazer sind bereits zehn Punkte zurück; Während 63
	 * Prozent beim Einparken …, könnten sich nur neun Prozent vorstellen, im Stadtverkehr …), so it
	 * agrees with no figure of the claim.
	 */
	private static List<Quantity> ofOtherClauses(AnalyzedText claim, List<Quantity> claimQuantities, AnalyzedText sentence) {
		List<Quantity> figures = quantities(sentence);
		if (figures.size() < 2) {
			return List.of();
		}
		List<Term> claimWords = claim.terms().stream().filter(t -> t.kind() != TermKind.NUMBER && t.kind() != TermKind.ADVERB
				&& claimQuantities.stream().noneMatch(q -> overlaps(t.start(), t.end(), q))).toList();
		if (claimWords.isEmpty()) {
			return List.of();
		}
		List<Integer> sharingStarts = new ArrayList<>();
		List<Quantity> apart = new ArrayList<>();
		List<Integer> apartStarts = new ArrayList<>();
		for (Quantity q : figures) {
			int start = clauseStart(sentence.text(), q.start());
			int end = clauseEnd(sentence.text(), q.end());
			if (sharesAWord(sentence, q, start, end, claimWords, t -> t.kind() != TermKind.NUMBER && t.kind() != TermKind.ADVERB)) {
				sharingStarts.add(start);
				continue;
			}
			boolean verb = false;
			boolean noun = false;
			for (int i = 0; i < sentence.tokens().size(); i++) {
				var token = sentence.tokens().get(i);
				String tag = sentence.tags().get(i);
				if (token.start() >= start && token.end() <= end && !overlaps(token.start(), token.end(), q)) {
					verb |= tag.equals("VERB") || tag.equals("AUX");
					noun |= tag.equals("NOUN") || tag.equals("PROPN");
				}
			}
			if (verb && noun) {
				apart.add(q);
				apartStarts.add(start);
			}
		}
		List<Quantity> other = new ArrayList<>();
		for (int i = 0; i < apart.size(); i++) {
			int start = apartStarts.get(i);
			if (!sharingStarts.isEmpty() && sharingStarts.stream().noneMatch(s -> s == start)) {
				other.add(apart.get(i));
			}
		}
		return other;
	}

	/**
	 * Where the claim states one time for its statement ({@link FigureTimes#claimTime}): the
	 * sentence's figures bound to that time, if it binds one to it (von 442 Millionen im Jahr 2014 …
	 * auf 757 Millionen: 442 Millionen is the figure of 2014); else the figures not bound to another
	 * time and not given as a point of comparison (gegenüber 300, von 300 auf 500), since a figure
	 * the sentence gives for another time is not the claim's. A figure bound to a time that may or
	 * may not be the claim's (dieses Jahr against 2014) stays, but only to agree.
	 */
	private static List<Quantity> ofTheClaimsTime(FigureTimes.Time claimTime, List<Quantity> candidates, AnalyzedText sentence,
			List<Quantity> agreeOnly) {
		if (claimTime == null || candidates.isEmpty()) {
			return candidates;
		}
		List<Quantity> ofTime = new ArrayList<>();
		List<Quantity> open = new ArrayList<>();
		for (Quantity q : candidates) {
			FigureTimes.Binding binding = FigureTimes.of(q, sentence);
			FigureTimes.Relation relation = binding.time() == null ? null : claimTime.against(binding.time());
			if (relation == FigureTimes.Relation.SAME) {
				ofTime.add(q);
			} else if (relation == FigureTimes.Relation.UNKNOWN && !binding.comparisonPoint()) {
				open.add(q);
				agreeOnly.add(q);
			} else if (relation == null && !binding.comparisonPoint()) {
				open.add(q);
			}
		}
		return ofTime.isEmpty() ? open : ofTime;
	}

	/**
	 * Whether the sentence binds the figure to another time than the claim's or gives it as a point
	 * of comparison (Vorjahr: 3,716 Mrd. Euro, gegenüber 300).
	 */
	private static boolean ofAnotherTime(FigureTimes.Time claimTime, Quantity q, AnalyzedText sentence) {
		FigureTimes.Binding binding = FigureTimes.of(q, sentence);
		FigureTimes.Relation relation = binding.time() == null ? null : claimTime.against(binding.time());
		return relation != FigureTimes.Relation.SAME && (relation == FigureTimes.Relation.DIFFERENT || binding.comparisonPoint());
	}

	/**
	 * Where figures of the same thing stand in different clauses of the sentence (Die Bestellungen
	 * aus dem Ausland sanken um 1,2 Prozent, die Inlandsorders um 2,6 Prozent): the figures of the
	 * clauses that share a word with the claim besides its figures, when some do and others share
	 * none, since a figure is the claim's only in a clause about the claim's thing. A figure whose
	 * unit the sentence leaves out after es ({@link ElidedUnits}) speaks of the thing before it.
	 */
	private static List<Quantity> ofTheClaimsClause(AnalyzedText claim, List<Quantity> claimQuantities, List<Quantity> candidates,
			AnalyzedText sentence) {
		if (candidates.size() < 2) {
			return candidates;
		}
		List<Term> claimWords = claim.terms().stream().filter(t -> t.kind() != TermKind.NUMBER
				&& claimQuantities.stream().noneMatch(q -> overlaps(t.start(), t.end(), q))).toList();
		if (claimWords.isEmpty()) {
			return candidates;
		}
		List<Quantity> sharing = new ArrayList<>();
		boolean someShareNone = false;
		int firstStretch = -1;
		boolean severalStretches = false;
		for (Quantity q : candidates) {
			int start = clauseStart(sentence.text(), q.start());
			int end = clauseEnd(sentence.text(), q.end());
			severalStretches |= firstStretch >= 0 && firstStretch != start;
			firstStretch = firstStretch < 0 ? start : firstStretch;
			if (sharesAWord(sentence, q, start, end, claimWords, t -> true) || ElidedUnits.elided(sentence, q)) {
				sharing.add(q);
			} else {
				someShareNone = true;
			}
		}
		return severalStretches && someShareNone && !sharing.isEmpty() ? sharing : candidates;
	}

	/** Whether a word of the stretch besides the figure itself, of those counted, is one of the claim's words. */
	private static boolean sharesAWord(AnalyzedText sentence, Quantity figure, int start, int end, List<Term> claimWords,
			Predicate<Term> counted) {
		return sentence.terms().stream().filter(t -> t.start() >= start && t.end() <= end && counted.test(t)
				&& !overlaps(t.start(), t.end(), figure)).anyMatch(t -> claimWords.stream().anyMatch(c -> sameWord(c, t)));
	}

	private static boolean overlaps(int start, int end, Quantity figure) {
		return start < figure.end() && figure.start() < end;
	}

	/**
	 * Whether the figure's clause denies its statement (13 Prozent erreichen die Standards nicht,
	 * keiner der 20 Gäste kam): its figure then counts those who do not, which another figure of
	 * those who do (25 Prozent erreichen sie teilweise) does not contradict, as the two may be parts
	 * of one whole. The nicht of nicht nur adds rather than denies.
	 */
	public static boolean deniedInItsClause(AnalyzedText text, Quantity figure) {
		int start = clauseStart(text.text(), figure.start());
		int end = clauseEnd(text.text(), figure.end());
		NegationCues cues = NegationCues.german();
		List<Token> tokens = text.tokens();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.start() < start || token.end() > end) {
				continue;
			}
			String word = token.text().toLowerCase(Locale.GERMAN);
			if ((cues.denies(word) || word.startsWith("kein")) && !(word.equals("nicht") && i + 1 < tokens.size()
					&& tokens.get(i + 1).text().toLowerCase(Locale.GERMAN).equals("nur"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the figure's clause starts: a bracketed aside before the figure (Pablo Larrazabal (ESP)
	 * 271 Schläge) does not end the clause it stands in.
	 */
	private static int clauseStart(String text, int figureStart) {
		int start = FigureTimes.stretchStart(text, figureStart);
		while (start > 0 && text.charAt(start - 1) == ')') {
			int open = text.lastIndexOf('(', start - 1);
			if (open < 0) {
				break;
			}
			start = FigureTimes.stretchStart(text, open);
		}
		return start;
	}

	/** Where the figure's clause ends: a bracketed aside after the figure (271 Schläge (70/66/69/66)) does not end it. */
	private static int clauseEnd(String text, int figureEnd) {
		int end = FigureTimes.stretchEnd(text, figureEnd);
		while (end < text.length() && text.charAt(end) == '(') {
			int close = text.indexOf(')', end);
			if (close < 0) {
				break;
			}
			end = FigureTimes.stretchEnd(text, close + 1);
		}
		return end;
	}

	private static boolean sameWord(Term claimWord, Term sentenceWord) {
		return Aligner.sameKey(claimWord.key(), sentenceWord.key())
				|| claimWord.parts().stream().anyMatch(p -> Aligner.sameKey(p, sentenceWord.key())
						|| sentenceWord.parts().stream().anyMatch(q -> Aligner.sameKey(p, q)))
				|| sentenceWord.parts().stream().anyMatch(q -> Aligner.sameKey(claimWord.key(), q));
	}

	/**
	 * The quantities not given as former ones, when there is one such (10 Prozent – bisher 25
	 * Prozent: 10 Prozent); all of them otherwise (bisher 300 Tote: so far).
	 */
	private static List<Quantity> present(List<Quantity> quantities, String text) {
		List<Quantity> present = quantities.stream().filter(q -> !Former.precedes(text, q.start())).toList();
		return present.isEmpty() ? quantities : present;
	}

	/**
	 * Compatible values, and not the same number bounded from opposite sides (mehr als 700 / weniger
	 * als 700), nor bounds from the same side far apart: bis zu 100.000 for bis zu 10.000 (each names
	 * the top of what happens), mehr als 200 for mehr als 2.000 and mehr als zwei Millionen for mehr
	 * als 200.000 (the bottom, which a report gives close to the figure), which give another figure
	 * although one bound lies within the other, nor another maximum ({@link #anotherMaximum}). (A
	 * claim bound a little tighter than the source's is not said by it, see {@link #says}.)
	 */
	static boolean agree(Quantity claim, Quantity stated) {
		return claim.compatibleWith(stated) && !(claim.value() == stated.value() && opposite(claim.qualifier(), stated.qualifier()))
				&& !anotherMaximum(claim, stated)
				&& !(sameSide(claim.qualifier(), stated.qualifier()) && farApart(claim.value(), stated.value()));
	}

	/**
	 * Two maxima (höchstens, maximal, bis zu) of different values: each names a limit, the top of what
	 * is allowed or happens (maximal zwei Einzelprojekte), so another value is another limit, though
	 * the lower one lies within the higher.
	 */
	private static boolean anotherMaximum(Quantity claim, Quantity stated) {
		return claim.qualifier() == Qualifier.AT_MOST && stated.qualifier() == Qualifier.AT_MOST
				&& Math.abs(claim.value() - stated.value()) > 1e-9 * Math.max(1, Math.abs(claim.value()));
	}

	/** How many times one bound may exceed another of the same side and still give the same figure. */
	private static final double BOUNDS_APART = 2;

	private static boolean sameSide(Qualifier a, Qualifier b) {
		return upwards(a) && upwards(b) || downwards(a) && downwards(b);
	}

	private static boolean farApart(double a, double b) {
		double low = Math.min(Math.abs(a), Math.abs(b));
		return Math.max(Math.abs(a), Math.abs(b)) > BOUNDS_APART * low;
	}

	/**
	 * Whether the stated quantity says what a compatible claim quantity says: a claim bounded from
	 * one side (mehr als 2.000, höchstens 50) needs a sentence value within its bound — mehr als 200
	 * or rund 2.000 do not say mehr als 2.000, though they do not contradict it either. An exact or
	 * approximate claim value is said by any compatible value (figures are rounded).
	 */
	static boolean says(Quantity claim, Quantity stated) {
		return !(upwards(claim.qualifier()) || downwards(claim.qualifier())) || stated.within(claim);
	}

	private static boolean opposite(Qualifier a, Qualifier b) {
		return upwards(a) && downwards(b) || downwards(a) && upwards(b);
	}

	private static boolean upwards(Qualifier qualifier) {
		return qualifier == Qualifier.MORE_THAN || qualifier == Qualifier.AT_LEAST;
	}

	private static boolean downwards(Qualifier qualifier) {
		return qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.AT_MOST;
	}

	private static final Pattern AGE = Pattern.compile("\\s+alt(?:e|en|er|es|em)?(?![\\p{L}\\p{N}])");

	/**
	 * An age ({@code 38 Jahre alt}) against a plain span of years ({@code neun Jahre nach seinem
	 * Rücktritt}): not the same thing. A compound ({@code der 38-jährige}, {@code ein dreijähriger
	 * Vertrag}) may be either and compares with both.
	 */
	static boolean ageAgainstDuration(Quantity one, String oneText, Quantity other, String otherText) {
		if (!"Jahre".equals(one.unit()) || !"Jahre".equals(other.unit()) || compound(one, oneText)
				|| compound(other, otherText)) {
			return false;
		}
		return age(one, oneText) != age(other, otherText);
	}

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/**
	 * An age ({@code 39 Jahre alt}) against a compound before a noun that the age's text does not
	 * name (none of the capitalised words among the next three): {@code ein dreijähriger Vertrag}
	 * may be the duration of a thing, so another value is no conflict. A nominalised compound
	 * ({@code der 38-Jährige sagte}) or one before a word the age's text names ({@code der
	 * 38-jährige Torhüter Hans Brandner}) is compared.
	 */
	static boolean ageAgainstOtherNoun(Quantity one, String oneText, Quantity other, String otherText) {
		if (!"Jahre".equals(one.unit()) || !"Jahre".equals(other.unit())) {
			return false;
		}
		if (age(one, oneText) && compound(other, otherText)) {
			return qualifiesUnnamedNoun(other, otherText, oneText);
		}
		return age(other, otherText) && compound(one, oneText) && qualifiesUnnamedNoun(one, oneText, otherText);
	}

	private static boolean qualifiesUnnamedNoun(Quantity compound, String text, String otherText) {
		var words = WORD.matcher(text).region(compound.end(), text.length());
		String lowerOther = otherText.toLowerCase(Locale.ROOT);
		for (int i = 0; i < 3 && words.find(); i++) {
			String word = words.group();
			if (i == 0 && !Character.isUpperCase(word.charAt(0))) {
				return false;
			}
			if (Character.isUpperCase(word.charAt(0)) && Pattern.compile("(?<![\\p{L}\\p{N}])"
					+ Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])").matcher(lowerOther).find()) {
				return false;
			}
		}
		return true;
	}

	private static boolean compound(Quantity q, String text) {
		return text.substring(q.start(), q.end()).toLowerCase(Locale.ROOT).contains("jährig");
	}

	private static boolean age(Quantity q, String text) {
		return BracketAges.isAge(q, text) || AGE.matcher(text).region(q.end(), text.length()).lookingAt();
	}

	/**
	 * Whether the two figures count or rank the same thing. The ordinal of a noun (die dritte Runde)
	 * is compared with any ordinal of the sentence but one of another noun where the sentence also ranks
	 * the claim's noun (die zweite Hürde genommen und steht in der dritten Runde).
	 */
	static boolean sameThing(Quantity wanted, Quantity stated, AnalyzedText sentence) {
		if (wanted.ordinal() != stated.ordinal() || Factors.UNIT.equals(wanted.unit()) != Factors.UNIT.equals(stated.unit())
				|| Shares.UNIT.equals(wanted.unit()) != Shares.UNIT.equals(stated.unit())) {
			return false;
		}
		if (wanted.ordinal() && wanted.unit() != null && !QuantityFinder.ranks(wanted.unit())) {
			return !stated.isMeasurement() && !apartInMagnitude(wanted, stated)
					&& (stated.unit() == null || sameWord(wanted.unit(), stated.unit()) || sentence.quantities().stream()
							.noneMatch(q -> q.ordinal() && q.unit() != null && sameWord(wanted.unit(), q.unit())));
		}
		if (wanted.unit() == null) {
			return !stated.isMeasurement() && !apartInMagnitude(wanted, stated);
		}
		if (stated.unit() != null && sameWord(wanted.unit(), stated.unit())) {
			return true;
		}
		if (wanted.isMeasurement() || stated.isMeasurement()) {
			return false;
		}
		if (stated.unit() != null && Thesaurus.german().soleSenseSynonyms(WordKeys.key(wanted.unit(), TermKind.NOUN),
				WordKeys.key(stated.unit(), TermKind.NOUN))) {
			return true;
		}
		return countedNear(wanted.unit(), stated, sentence);
	}

	/**
	 * Whether two figures lie a thousandfold or more apart (drei Milliarden / zwei Etappen, / von 4,5
	 * auf 3,5 Prozent): a claim's figure that names nothing it counts is not the sentence's figure of
	 * something so far from it.
	 */
	private static boolean apartInMagnitude(Quantity a, Quantity b) {
		double x = Math.abs(a.value());
		double y = Math.abs(b.value());
		return x > 0 && y > 0 && Math.max(x, y) >= MAGNITUDES_APART * Math.min(x, y);
	}

	private static boolean countedNear(String unit, Quantity stated, AnalyzedText sentence) {
		String key = WordKeys.key(unit);
		int seen = 0;
		for (Term term : sentence.terms()) {
			if (term.start() < stated.end()) {
				continue;
			}
			if (++seen > COUNTED_NOUN_REACH) {
				return false;
			}
			if (Aligner.sameKey(term.key(), key) || term.parts().stream().anyMatch(p -> Aligner.sameKey(p, key))
					|| keyParts(unit).stream().anyMatch(p -> Aligner.sameKey(p, term.key()))) {
				return true;
			}
		}
		return false;
	}

	private static List<String> keyParts(String unit) {
		List<String> parts = new ArrayList<>();
		for (String part : unit.split("-")) {
			if (!part.isEmpty()) {
				parts.add(WordKeys.key(part));
			}
		}
		return parts;
	}

	private static boolean sameWord(String a, String b) {
		return a.equals(b) || Aligner.sameKey(WordKeys.key(a), WordKeys.key(b));
	}

	/**
	 * Whether the sentence states every number of the claim: the same value (Artikel 5 / der fünfte
	 * Artikel, 1.100 Beschäftigte / 1.100 … Mitarbeiter), unless the sentence gives it for another
	 * time than the claim's or as a point of comparison ({@link #compare}), or a compatible value of
	 * the same thing. The same value of a measure does not state a count of a noun ({@link
	 * #countAgainstMeasure}). The same value said of another thing, where the sentence gives the claim's
	 * thing another value (300 Piloten, 900 Flugbegleiter for 900 Piloten), does not state it.
	 */
	public static boolean statesAll(AnalyzedText claim, AnalyzedText sentence) {
		List<Quantity> wanted = quantities(claim);
		if (wanted.isEmpty()) {
			return true;
		}
		QuantityComparison comparison = compare(claim, sentence);
		List<Quantity> stated = quantities(sentence).stream()
				.filter(q -> !comparison.otherTimes.contains(q) && !comparison.otherClauses.contains(q)).toList();
		return wanted.stream().allMatch(one -> comparison.conflicts().stream().noneMatch(pair -> pair.claim() == one)
				&& stated.stream().anyMatch(given -> given.value() == one.value() && given.qualifier() == one.qualifier()
						&& !countAgainstMeasure(one, given))
				|| comparison.agreements().stream().anyMatch(pair -> pair.claim() == one));
	}

	/**
	 * Whether one figure counts a noun and the other measures (vier Enkelkinder / vier Jahre, 300
	 * Häuser / 300 Euro): the same value then speaks of different things.
	 */
	private static boolean countAgainstMeasure(Quantity one, Quantity other) {
		return countsANoun(one) && other.isMeasurement() || countsANoun(other) && one.isMeasurement();
	}

	private static boolean countsANoun(Quantity figure) {
		return figure.unit() != null && !figure.isMeasurement() && !Shares.UNIT.equals(figure.unit())
				&& !Factors.UNIT.equals(figure.unit());
	}

	/**
	 * The quantities compared: those the text analysis found, with durations written as compound
	 * adjectives read as durations ({@code der 38-jährige} = {@code 38 Jahre}, {@code ein
	 * dreijähriger Vertrag} = {@code 3 Jahre}, see {@link CompoundDurations}), shares as
	 * shares ({@code die Hälfte}, see {@link Shares}), ages in brackets as ages ({@code Jeremic
	 * (40)} = {@code 40 Jahre alt}, see {@link BracketAges}), and without numbers that belong to a
	 * name ({@code Windows 10}, see {@link NamedNumbers}), factors in words as factors ({@code
	 * verdoppelte} = 2, see {@link Factors}), and a unit written once for two numbers given to both
	 * ({@code von 13,3 auf 14,6 Prozent}, see {@link SharedUnits}), and a unit left out after es
	 * given to the figure ({@code 2014 waren es 384.000}, see {@link ElidedUnits}).
	 */
	public static List<Quantity> quantities(AnalyzedText text) {
		String written = text.text();
		return ElidedUnits.read(text, SharedUnits.read(written, Factors.read(written, BracketAges.read(written, Shares.read(written,
				CompoundDurations.read(written, NamedNumbers.without(text, text.quantities())))))));
	}

	/** Claim quantities the sentence states compatibly. */
	public List<Pair> agreements() {
		return agreements;
	}

	/** Claim quantities for which the sentence gives only other values of the same thing. */
	public List<Pair> conflicts() {
		return conflicts;
	}
}
