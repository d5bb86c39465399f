package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.dates.TimeOfDay;
import org.factcheck.text.scan.Lexeme;
import org.factcheck.text.scan.Lexeme.Kind;
import org.factcheck.text.scan.PhraseMatcher;
import org.factcheck.text.scan.WordScanner;
import org.factcheck.text.segment.TextSpan;

/**
 * Finds quantities in German text: digits with German grouping and decimals ({@code 10.000},
 * {@code 3,4}), spelled numbers ({@code sieben}, {@code dreitausend}), multipliers
 * ({@code 1,5 Milliarden}, {@code eine halbe Million}), vague plurals ({@code Tausende}), ordinals ({@code dritte},
 * {@code der 7. Platz}), qualifiers from {@code data/qualifiers.txt} ({@code mehr als},
 * {@code rund}), ranges ({@code zwischen 3 und 5}, {@code 3 bis 5}) and units. Dates, years,
 * clock times (see {@link DateFinder}), telephone numbers, URLs and ids glued to words
 * ({@code MiG-29}, {@code A380}) are not quantities.
 */
public final class QuantityFinder {

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
	private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}(?:[\\u00A0\\u202F\\u2009]\\d{3})+(?:,\\d+)?");
	private static final Pattern PLAIN = Pattern.compile("\\d+(?:,\\d+)?");
	private static final Pattern POINT_DECIMAL = Pattern.compile("\\d+\\.\\d{1,2}");
	private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d{1,3}");
	private static final Pattern MIXED = Pattern.compile("(\\d+(?:,\\d+)?)(\\p{L}.*)");
	private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.UNICODE_CHARACTER_CLASS);
	/** Searched only in texts with an @: tried at every letter, it would cost the square of each word's length. */
	private static final int EMAIL_PART = 256;
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}+(?:e|en|er|es|em)");
	private static final Set<String> ARTICLES = Set.of("ein", "eine", "einer", "einem", "einen", "eines");
	private static final Set<String> HALF = Set.of("halbe", "halben", "halbes");
	/** What an ordinal used as a noun ranks (wurde Dritter = belegte den dritten Platz). */
	private static final String PLACE = "Platz";

	/** Copulas in whose clause an ordinal in capitals is the place someone took (wurde Zweiter). */
	private static final Set<String> COPULAS = Set.of("wurde", "wurden", "wird", "werden", "war", "waren", "ist", "sind");

	/** Articles and prepositions before an ordinal in capitals that is no place (der Dritte im Bunde, an Dritte). */
	private static final Set<String> NOT_AFTER_PLACING = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
			"einen", "einem", "einer", "an", "für", "von", "mit", "zu", "durch", "gegen", "vor", "nach", "bei", "jeder", "jede");

	/** Nouns of rank that a bare number after them makes an ordinal (Platz 16 = der 16. Platz). */
	private static final Set<String> RANKS = Set.of("Platz", "Rang", "Position", "Tabellenplatz", "Tabellenrang",
			"Gesamtrang", "Endrang", "Zwischenrang", "Weltranglistenplatz");
	private static final Set<String> NOT_COUNTED = Set.of("Sie", "Ihr", "Ihre", "Ihrer", "Ihnen", "Ich", "Er", "Es",
			"Wir", "Uhr", "Und", "Oder", "Der", "Die", "Das");
	private static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "den", "dem", "des", "eine", "einen",
			"einem", "einer", "eines", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer",
			"diese", "diesen", "diesem", "dieser", "jene", "jener", "aber", "oder", "über", "unter", "wieder", "hinter",
			"immer", "bereits", "mehr", "weniger", "wie", "sie", "ganze", "andere", "anderen", "weitere", "weiteren",
			"vergangene", "vergangenen", "letzte", "letzten", "nächste", "nächsten", "kommende", "kommenden", "jeder",
			"jede", "jeden", "jedem", "unsere", "unserer", "eure", "meine", "deine", "alle", "allen", "beide", "beiden",
			"je", "nahe", "gegen", "gerade", "seither", "später", "früher", "danach", "dabei", "daher");

	private final NumberWords words = NumberWords.german();
	private final UnitTable units = UnitTable.german();
	private final PhraseMatcher<Qualifier> qualifiers = new PhraseMatcher<>();
	private final Set<String> ordinalCues = new HashSet<>();

	/** A number read from lexemes [first, last]. */
	private record Amount(double value, int first, int last, boolean ordinal, boolean vague, String unit) {
	}

	private QuantityFinder() {
		for (String[] row : DataFile.table(QuantityFinder.class, "data/qualifiers.txt", 2)) {
			qualifiers.add(row[0], Qualifier.valueOf(row[1]));
		}
		for (String cue : DataFile.lines(QuantityFinder.class, "data/ordinal-cues.txt")) {
			ordinalCues.add(cue.toLowerCase(Locale.ROOT));
		}
	}

	private static final class Holder {
		static final QuantityFinder GERMAN = new QuantityFinder();
	}

	public static QuantityFinder german() {
		return Holder.GERMAN;
	}

	/** The quantities in {@code text}, in order. */
	public List<Quantity> find(String text) {
		return find(text, DateFinder.german().find(text));
	}

	/**
	 * The quantities in {@code text}, in order, when its dates are already known (they must be what
	 * {@link DateFinder#find(String)} finds in the same text).
	 */
	public List<Quantity> find(String text, List<DateExpression> dates) {
		List<TextSpan> notQuantities = notQuantities(text, dates);
		List<Quantity> found = new ArrayList<>();
		for (List<Lexeme> lx : WordScanner.scanLines(text)) {
			findInLine(text, lx, excluded(lx, notQuantities), found);
		}
		return found;
	}

	/** The dates and the quantities of a text. */
	public record DatesAndQuantities(List<DateExpression> dates, List<Quantity> quantities) {
	}

	/**
	 * The dates ({@link DateFinder#find(String)}) and the quantities ({@link #find(String)}) of
	 * {@code text}, each line scanned once and its lexemes dropped after it: what a long document
	 * needs.
	 */
	public DatesAndQuantities findWithDates(String text) {
		DateFinder dateFinder = DateFinder.german();
		List<TextSpan> others = merged(notNumbers(text));
		List<DateExpression> dates = new ArrayList<>();
		List<Quantity> found = new ArrayList<>();
		List<TimeOfDay> times = new ArrayList<>();
		WordScanner.scanLines(text, lx -> {
			int first = dates.size();
			dateFinder.findInLine(text, lx, dates);
			times.clear();
			DateFinder.findTimes(lx, times);
			List<TextSpan> spans = new ArrayList<>();
			for (DateExpression date : dates.subList(first, dates.size())) {
				spans.add(new TextSpan(date.start(), date.end()));
			}
			for (TimeOfDay time : times) {
				spans.add(new TextSpan(time.start(), time.end()));
			}
			boolean[] excluded = excluded(lx, others);
			boolean[] inLine = excluded(lx, merged(spans));
			for (int i = 0; i < excluded.length; i++) {
				excluded[i] |= inLine[i];
			}
			findInLine(text, lx, excluded, found);
		});
		return new DatesAndQuantities(dates, found);
	}

	private void findInLine(String text, List<Lexeme> lx, boolean[] excluded, List<Quantity> found) {
		int i = 0;
		while (i < lx.size()) {
			int next = excluded[i] ? i + 1 : read(text, lx, excluded, i, found);
			i = Math.max(next, i + 1);
		}
	}

	private int read(String text, List<Lexeme> lx, boolean[] excluded, int i, List<Quantity> out) {
		Amount amount = amountAt(text, lx, excluded, i);
		if (amount == null) {
			return i + 1;
		}
		if (amount.ordinal()) {
			out.add(new Quantity(lx.get(amount.first()).start(), lx.get(amount.last()).end(), amount.value(),
					amount.value(), Qualifier.EXACT, amount.unit(), true));
			return amount.last() + 1;
		}
		double value = amount.value();
		double upper = value;
		int last = amount.last();
		Qualifier qualifier = Qualifier.EXACT;
		int startIndex = amount.first();
		String unit = amount.unit();

		Double factor = null;
		int multiplierEnd = amount.vague() ? -1 : multiplierEnd(lx, excluded, last + 1);
		if (multiplierEnd >= 0) {
			factor = words.multiplier(lx.get(last + 1).text());
			value *= factor;
			upper = value;
			last = multiplierEnd;
		}

		boolean between = startIndex > 0 && lx.get(startIndex - 1).isWord("zwischen");
		if (unit == null && last + 2 < lx.size() && !amount.vague() && isRangeLink(lx, last + 1, between)) {
			Amount second = amountAt(text, lx, excluded, last + 2);
			if (second != null && !second.ordinal() && !second.vague()) {
				double secondValue = second.value();
				int secondLast = second.last();
				int secondMultiplierEnd = multiplierEnd(lx, excluded, secondLast + 1);
				if (secondMultiplierEnd >= 0) {
					double secondFactor = words.multiplier(lx.get(secondLast + 1).text());
					secondValue *= secondFactor;
					if (factor == null) {
						value *= secondFactor;
					}
					secondLast = secondMultiplierEnd;
				}
				if (secondValue > value) {
					upper = secondValue;
					qualifier = Qualifier.RANGE;
					last = secondLast;
					if (between) {
						startIndex--;
					}
				}
			}
		}

		if (unit == null && startIndex > 0 && !excluded[startIndex - 1]) {
			UnitTable.Unit prefix = units.written(lx.get(startIndex - 1).text());
			if (prefix != null && "currency".equals(prefix.kind())) {
				unit = prefix.name();
				startIndex--;
			}
		}
		if (qualifier == Qualifier.EXACT && startIndex > 0) {
			PhraseMatcher.Match<Qualifier> q = qualifiers.endingAt(lx, startIndex - 1);
			if (q != null && !excluded[q.first()]) {
				qualifier = q.value();
				startIndex = q.first();
			}
		}
		if (amount.vague() && qualifier == Qualifier.EXACT) {
			qualifier = Qualifier.AT_LEAST;
		}
		if (amount.first() > 0 && lx.get(amount.first() - 1).isWord("minus")) {
			value = -value;
			upper = qualifier == Qualifier.RANGE ? upper : value;
			startIndex = Math.min(startIndex, amount.first() - 1);
		}

		int end = lx.get(last).end();
		int next = last + 1;
		if (unit == null && next < lx.size() && !excluded[next]) {
			PhraseMatcher.Match<UnitTable.Unit> written = units.startingAt(lx, next);
			if (written != null && lx.get(written.first()).start() - lx.get(last).end() <= 1) {
				unit = written.value().name();
				end = lx.get(written.last()).end();
				next = written.last() + 1;
			} else if (lx.get(next).isPunctuation('-') && lx.get(next).start() == lx.get(last).end()
					&& next + 1 < lx.size() && lx.get(next + 1).is(Kind.WORD)
					&& lx.get(next + 1).start() == lx.get(next).end()) {
				UnitTable.Unit adjective = units.ofAdjective(lx.get(next + 1).text());
				unit = adjective != null ? adjective.name() : lx.get(next + 1).text();
				end = lx.get(next + 1).end();
				next = next + 2;
			} else {
				int noun = countedNoun(lx, excluded, next);
				if (noun == next) {
					unit = lx.get(noun).text();
					end = lx.get(noun).end();
					next = noun + 1;
				} else if (noun > next) {
					unit = lx.get(noun).text();
				}
			}
		}
		out.add(new Quantity(lx.get(startIndex).start(), end, value, qualifier == Qualifier.RANGE ? upper : value,
				qualifier, unit, false));
		return next;
	}

	private Amount amountAt(String text, List<Lexeme> lx, boolean[] excluded, int i) {
		if (i >= lx.size() || excluded[i]) {
			return null;
		}
		Lexeme a = lx.get(i);
		switch (a.kind()) {
		case NUMBER: {
			if (gluedToWord(lx, i) || versionOfAName(lx, i) || ordinalOfAClub(lx, i)) {
				return null;
			}
			if (ORDINAL_DIGITS.matcher(a.text()).matches() && adjacent(lx, i + 1) && lx.get(i + 1).isPunctuation('.')
					&& i + 2 < lx.size() && lx.get(i + 2).is(Kind.WORD) && !excluded[i + 2] && i > 0
					&& ordinalCues.contains(lx.get(i - 1).text().toLowerCase(Locale.ROOT))) {
				return new Amount(Double.parseDouble(a.text()), i, i + 1, true, false, null);
			}
			Double value = digits(a.text(), multiplierEnd(lx, excluded, i + 1) >= 0);
			return value == null ? null : new Amount(value, i, i, ranked(lx, i), false, rank(lx, i));
		}
		case MIXED: {
			Matcher m = MIXED.matcher(a.text());
			if (m.matches() && !gluedToWord(lx, i)) {
				UnitTable.Unit unit = units.written(m.group(2));
				if (unit != null) {
					return new Amount(Double.parseDouble(m.group(1).replace(',', '.')), i, i, false, false, unit.name());
				}
			}
			return null;
		}
		case WORD: {
			String w = a.text();
			String lower = w.toLowerCase(Locale.ROOT);
			if ((w.charAt(0) == 'e' || w.charAt(0) == 'E') && ARTICLES.contains(lower)) {
				if (halfBeforeMultiplier(lx, excluded, i + 1)) {
					return new Amount(0.5, i, i + 1, false, false, null);
				}
				return multiplierEnd(lx, excluded, i + 1) >= 0 ? new Amount(1, i, i, false, false, null) : null;
			}
			if (!words.mayBeNumber(lower)) {
				return null;
			}
			Double cardinal = words.cardinalOfLowerCase(lower);
			if (cardinal != null) {
				boolean noun = Character.isUpperCase(w.charAt(0)) && !sentenceInitial(lx, i) && !inRatio(lx, i);
				return noun ? null : new Amount(cardinal, i, i, ranked(lx, i), false, rank(lx, i));
			}
			Double vague = words.vagueOfLowerCase(lower);
			if (vague != null) {
				return new Amount(vague, i, i, false, true, null);
			}
			int ordinal = words.ordinalOfLowerCase(lower);
			if (ordinal > 0 && ordinalContext(lx, i)) {
				return new Amount(ordinal, i, i, true, false, nounAfter(lx, i));
			}
			if (ordinal > 0 && placing(lx, i)) {
				return new Amount(ordinal, i, i, true, false, PLACE);
			}
			return null;
		}
		default:
			return null;
		}
	}

	private static Double digits(String t, boolean multiplierFollows) {
		if (GROUPED.matcher(t).matches()) {
			return Double.valueOf(t.replace(".", "").replace(',', '.'));
		}
		if (SPACE_GROUPED.matcher(t).matches()) {
			return Double.valueOf(t.replaceAll("[\\u00A0\\u202F\\u2009]", "").replace(',', '.'));
		}
		if (PLAIN.matcher(t).matches()) {
			if (t.length() > 1 && t.charAt(0) == '0' && t.indexOf(',') < 0) {
				return null;
			}
			return Double.valueOf(t.replace(',', '.'));
		}
		if (multiplierFollows && POINT_DECIMAL.matcher(t).matches()) {
			return Double.valueOf(t);
		}
		return null;
	}

	/** Whether lexeme {@code i} is halbe or halben before a multiplier (eine halbe Million, einer halben Milliarde). */
	private boolean halfBeforeMultiplier(List<Lexeme> lx, boolean[] excluded, int i) {
		return i < lx.size() && !excluded[i] && lx.get(i).is(Kind.WORD) && HALF.contains(lx.get(i).text())
				&& multiplierEnd(lx, excluded, i + 1) >= 0;
	}

	/** The index of the last lexeme of a multiplier (Millionen, Mio.) at {@code i}, or -1. */
	private int multiplierEnd(List<Lexeme> lx, boolean[] excluded, int i) {
		if (i >= lx.size() || excluded[i] || !lx.get(i).is(Kind.WORD) || words.multiplier(lx.get(i).text()) == null) {
			return -1;
		}
		boolean abbreviated = Character.isUpperCase(lx.get(i).text().charAt(0)) && lx.get(i).text().length() <= 4;
		return abbreviated && adjacent(lx, i + 1) && lx.get(i + 1).isPunctuation('.') ? i + 1 : i;
	}

	private static boolean isRangeLink(List<Lexeme> lx, int i, boolean between) {
		Lexeme link = lx.get(i);
		if (between) {
			return link.isWord("und");
		}
		if (link.isWord("bis")) {
			return !lx.get(i + 1).isWord("zu");
		}
		return link.is(Kind.PUNCTUATION) && "-–—".contains(link.text());
	}

	/**
	 * The noun a number counts: the next word if it is capitalised, else a capitalised word after
	 * up to two adjectives and an optional measured number (3,4 Millionen 105 mm Geschosse) or the
	 * noun of a number compound (zwei 17-Jährige); -1 if none.
	 */
	private int countedNoun(List<Lexeme> lx, boolean[] excluded, int i) {
		int j = i;
		int adjectives = 0;
		while (j < lx.size() && !excluded[j]) {
			Lexeme l = lx.get(j);
			if (l.isCapitalized()) {
				return NOT_COUNTED.contains(l.text()) ? -1 : j;
			}
			if (l.is(Kind.WORD) && adjectives < 2 && ADJECTIVE.matcher(l.text()).matches()
					&& !FUNCTION_WORDS.contains(l.text())) {
				adjectives++;
				j++;
				continue;
			}
			if (l.is(Kind.NUMBER) && j == i && numberCompound(lx, j)) {
				return j + 2;
			}
			if (l.is(Kind.NUMBER) && j == i && j + 1 < lx.size()) {
				PhraseMatcher.Match<UnitTable.Unit> measure = units.startingAt(lx, j + 1);
				if (measure != null) {
					j = measure.last() + 1;
					continue;
				}
			}
			return -1;
		}
		return -1;
	}

	/** A number glued by a hyphen to a noun ({@code 17-Jährige}, {@code 3-Zimmer-Wohnungen}): one compound noun. */
	private static boolean numberCompound(List<Lexeme> lx, int i) {
		return i + 2 < lx.size() && lx.get(i + 1).isPunctuation('-') && lx.get(i + 1).start() == lx.get(i).end()
				&& lx.get(i + 2).isCapitalized() && lx.get(i + 2).start() == lx.get(i + 1).end();
	}

	/**
	 * A number after a capitalised word, inside a sentence, and glued by a hyphen to a noun (Windows
	 * 10-Geräte, Formel 1-Rennstall): the number belongs to the name before it, the compound names
	 * things of that name, and counts nothing.
	 */
	private boolean versionOfAName(List<Lexeme> lx, int i) {
		if (i < 2 || !numberCompound(lx, i) || sentenceInitial(lx, i - 1)) {
			return false;
		}
		Lexeme name = lx.get(i - 1);
		return name.is(Kind.WORD) && name.isCapitalized() && name.end() < lx.get(i).start()
				&& !words.mayBeNumber(name.text().toLowerCase(Locale.ROOT));
	}

	/**
	 * A whole number right after a noun of rank (Platz 16, Rang acht, von Position 20): the rank, an
	 * ordinal as in der 16. Platz.
	 */
	private static boolean ranked(List<Lexeme> lx, int i) {
		return i > 0 && RANKS.contains(lx.get(i - 1).text()) && lx.get(i).text().chars().allMatch(Character::isLetterOrDigit);
	}

	/** The noun of rank a rank is given after (Platz zwölf), or null: what the ordinal ranks. */
	private static String rank(List<Lexeme> lx, int i) {
		return ranked(lx, i) ? lx.get(i - 1).text() : null;
	}

	/**
	 * An ordinal in digits before a club's abbreviation and its name (1. FC Köln, 1. FSV Mainz 05):
	 * part of the name, ranking nothing.
	 */
	private static boolean ordinalOfAClub(List<Lexeme> lx, int i) {
		if (i + 3 >= lx.size() || !adjacent(lx, i + 1) || !lx.get(i + 1).isPunctuation('.')) {
			return false;
		}
		String abbreviation = lx.get(i + 2).text();
		return lx.get(i + 2).is(Kind.WORD) && abbreviation.length() >= 2 && abbreviation.length() <= 4
				&& abbreviation.chars().allMatch(c -> Character.isUpperCase(c)) && lx.get(i + 3).isCapitalized();
	}

	/** Whether the unit of an ordinal is a noun of rank (Platz 12, wurde Dritter), not the noun after it. */
	public static boolean ranks(String unit) {
		return RANKS.contains(unit) || PLACE.equals(unit);
	}

	/** The noun right after an ordinal (die dritte Runde), which the ordinal ranks; null if none follows. */
	private static String nounAfter(List<Lexeme> lx, int i) {
		if (i + 1 < lx.size() && lx.get(i + 1).is(Kind.WORD) && lx.get(i + 1).isCapitalized()
				&& !NOT_COUNTED.contains(lx.get(i + 1).text())) {
			return lx.get(i + 1).text();
		}
		return null;
	}

	/**
	 * An ordinal used as a noun right after als or within the clause of a copula, not after an article
	 * or a preposition (wurde bei der EM Dritter, kam als Zweite ins Ziel; not: gehen an Dritte): the
	 * place someone took, as in der dritte Platz.
	 */
	private static boolean placing(List<Lexeme> lx, int i) {
		if (i == 0 || !lx.get(i).isCapitalized() || i + 1 < lx.size() && lx.get(i + 1).isCapitalized()) {
			return false;
		}
		if (lx.get(i - 1).text().equals("als")) {
			return true;
		}
		if (!lx.get(i - 1).is(Kind.WORD) || NOT_AFTER_PLACING.contains(lx.get(i - 1).text().toLowerCase(Locale.ROOT))) {
			return false;
		}
		for (int j = i - 1; j >= 0 && !lx.get(j).is(Kind.PUNCTUATION); j--) {
			if (COPULAS.contains(lx.get(j).text())) {
				return true;
			}
		}
		return false;
	}

	private boolean ordinalContext(List<Lexeme> lx, int i) {
		if (i > 0 && ordinalCues.contains(lx.get(i - 1).text().toLowerCase(Locale.ROOT))) {
			return true;
		}
		return i + 1 < lx.size() && lx.get(i + 1).isCapitalized() && !NOT_COUNTED.contains(lx.get(i + 1).text());
	}

	/**
	 * Whether the word stands in a ratio or score of two number words (Eins zu Zehn, Drei zu Null),
	 * where a capital does not make a number word a noun.
	 */
	private boolean inRatio(List<Lexeme> lx, int i) {
		boolean before = i + 2 < lx.size() && lx.get(i + 1).text().equals("zu") && cardinalWord(lx.get(i + 2).text());
		boolean after = i >= 2 && lx.get(i - 1).text().equals("zu") && cardinalWord(lx.get(i - 2).text());
		return before || after;
	}

	private boolean cardinalWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return words.mayBeNumber(lower) && words.cardinalOfLowerCase(lower) != null;
	}

	private static boolean sentenceInitial(List<Lexeme> lx, int i) {
		if (i == 0) {
			return true;
		}
		Lexeme previous = lx.get(i - 1);
		return previous.is(Kind.PUNCTUATION) && ".!?:;„“\"»«–-(".contains(previous.text());
	}

	private static boolean gluedToWord(List<Lexeme> lx, int i) {
		if (i == 0) {
			return false;
		}
		Lexeme previous = lx.get(i - 1);
		if (previous.end() != lx.get(i).start()) {
			return false;
		}
		if (previous.is(Kind.WORD) || previous.is(Kind.MIXED) || previous.is(Kind.NUMBER)) {
			return true;
		}
		if (previous.is(Kind.PUNCTUATION) && "/#§_".contains(previous.text())) {
			return true;
		}
		return previous.isPunctuation('-') && i > 1 && lx.get(i - 2).end() == previous.start()
				&& !lx.get(i - 2).is(Kind.PUNCTUATION);
	}

	private static boolean adjacent(List<Lexeme> lx, int i) {
		return i < lx.size() && i > 0 && lx.get(i - 1).end() == lx.get(i).start();
	}

	/** Dates, clock times, telephone numbers, URLs and e-mail addresses, sorted by start, disjoint. */
	private static List<TextSpan> notQuantities(String text, List<DateExpression> dates) {
		List<TextSpan> spans = notNumbers(text);
		for (DateExpression date : dates) {
			spans.add(new TextSpan(date.start(), date.end()));
		}
		for (TimeOfDay time : DateFinder.german().findTimes(text)) {
			spans.add(new TextSpan(time.start(), time.end()));
		}
		return merged(spans);
	}

	/** Telephone numbers, URLs and e-mail addresses: digits in them are no quantities. */
	private static List<TextSpan> notNumbers(String text) {
		List<TextSpan> spans = new ArrayList<>(PhoneNumberFinder.german().find(text));
		// a URL starts with http or www.: the expression is tried only there (as find() would, left
		// to right after the previous URL), not at every character
		Matcher url = URL.matcher(text);
		int http = text.indexOf("http");
		int www = text.indexOf("www.");
		while (http >= 0 || www >= 0) {
			int at = http < 0 ? www : www < 0 ? http : Math.min(http, www);
			int next = at + 1;
			if (url.region(at, text.length()).lookingAt()) {
				spans.add(new TextSpan(url.start(), url.end()));
				next = url.end();
			}
			if (http >= 0 && http < next) {
				http = text.indexOf("http", next);
			}
			if (www >= 0 && www < next) {
				www = text.indexOf("www.", next);
			}
		}
		for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
			int from = at;
			while (from > 0 && at - from < EMAIL_PART && !Character.isWhitespace(text.charAt(from - 1))) {
				from--;
			}
			Matcher email = EMAIL.matcher(text).region(from, Math.min(text.length(), at + EMAIL_PART));
			if (email.find() && email.start() <= at) {
				spans.add(new TextSpan(email.start(), email.end()));
				at = Math.max(at, email.end() - 1);
			}
		}
		return spans;
	}

	/** The spans sorted by start, overlapping ones merged. */
	private static List<TextSpan> merged(List<TextSpan> spans) {
		spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
		List<TextSpan> merged = new ArrayList<>();
		for (TextSpan span : spans) {
			TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && span.start() < last.end()) {
				merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), span.end())));
			} else {
				merged.add(span);
			}
		}
		return merged;
	}

	private static boolean[] excluded(List<Lexeme> lx, List<TextSpan> spans) {
		boolean[] excluded = new boolean[lx.size()];
		for (int i = 0; i < lx.size(); i++) {
			Lexeme l = lx.get(i);
			int k = firstEndingAfter(spans, l.start());
			for (; k < spans.size() && spans.get(k).start() < l.end(); k++) {
				if (spans.get(k).end() > l.start()) {
					excluded[i] = true;
					break;
				}
			}
		}
		return excluded;
	}

	/** The first of the sorted, disjoint spans that may contain {@code offset} or lie after it. */
	private static int firstEndingAfter(List<TextSpan> spans, int offset) {
		int low = 0;
		int high = spans.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (spans.get(mid).start() < offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return Math.max(0, low - 1);
	}
}
