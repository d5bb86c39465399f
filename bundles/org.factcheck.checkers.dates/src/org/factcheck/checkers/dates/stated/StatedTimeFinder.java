package org.factcheck.checkers.dates.stated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.dates.TimeOfDay;
import org.factcheck.text.tokens.Token;

/**
 * Finds the times an analysed text states: its dates and periods (from the text bundle's
 * {@link DateFinder}), clock times, and parts of the day ({@code am Abend}, {@code nachts},
 * {@code Donnerstagabend}). A part of day or clock time next to a date is joined with it
 * ({@code am Abend des 9. November}); nouns that belong to a date are included in its span
 * ({@code im Jahr 2014}, {@code Ende März}); the word before gives the role ({@code seit 2011}).
 * Thread-safe.
 */
public final class StatedTimeFinder {

	/** How many words may stand between a date and the part of day or clock time that goes with it. */
	private static final int MAX_GAP = 2;

	private static final Pattern PERIOD_START = Pattern.compile("\\bzwischen\\s+$", Pattern.CASE_INSENSITIVE);

	private final DayPartWords dayParts = DayPartWords.german();
	private final Map<String, Role> roleWords = new HashMap<>();
	private final Set<String> skippedBeforeDate = new HashSet<>();
	private final Set<String> dateNouns = new HashSet<>();
	private final Pattern periodLink;
	private final Set<String> clockCues = new HashSet<>();

	private static final class Piece {
		int first;
		int last;
		DateExpression date;
		DayPart part;
		TimeOfDay clock;

		Piece(int first, int last) {
			this.first = first;
			this.last = last;
		}
	}

	private StatedTimeFinder() {
		for (String[] row : DataFile.table(StatedTimeFinder.class, "data/date-roles.txt", 2)) {
			String word = row[0].toLowerCase(Locale.GERMAN);
			if (row[1].equals("skip")) {
				skippedBeforeDate.add(word);
			} else {
				roleWords.put(word, Role.valueOf(row[1].toUpperCase(Locale.ROOT)));
			}
		}
		for (String noun : DataFile.lines(StatedTimeFinder.class, "data/date-nouns.txt")) {
			dateNouns.add(noun);
		}
		for (String cue : DataFile.lines(StatedTimeFinder.class, "data/clock-cues.txt")) {
			clockCues.add(cue.toLowerCase(Locale.GERMAN));
		}
		periodLink = Pattern.compile("\\s+und\\s+((" + String.join("|", dateNouns) + ")\\s+(des\\s+)?)?");
	}

	private static final class Holder {
		static final StatedTimeFinder GERMAN = new StatedTimeFinder();
	}

	public static StatedTimeFinder german() {
		return Holder.GERMAN;
	}

	/** The times stated in {@code text}, in text order, not overlapping. */
	public List<StatedTime> find(AnalyzedText text) {
		List<Token> tokens = text.tokens();
		if (tokens.isEmpty()) {
			return List.of();
		}
		List<Piece> pieces = new ArrayList<>();
		for (DateExpression date : periods(text.text(), text.dates())) {
			Piece piece = piece(tokens, date.start(), date.end());
			piece.date = date;
			if (date.weekday() > 0) {
				piece.part = dayParts.suffixOf(tokens.get(piece.first).text());
			}
			pieces.add(piece);
		}
		for (TimeOfDay clock : DateFinder.german().findTimes(text.text())) {
			if (text.dates().stream().noneMatch(d -> d.start() < clock.end() && clock.start() < d.end())
					&& isClock(text, clock)) {
				Piece piece = piece(tokens, clock.start(), clock.end());
				piece.clock = clock;
				pieces.add(piece);
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			DayPart part = dayParts.at(tokens, text.tags(), i);
			int index = i;
			if (part != null && pieces.stream().noneMatch(p -> p.first <= index && index <= p.last)) {
				Piece piece = new Piece(i, i);
				piece.part = part;
				pieces.add(piece);
			}
		}
		pieces.sort(Comparator.comparingInt(p -> p.first));
		List<Piece> joined = join(pieces, text.tags());
		List<StatedTime> times = new ArrayList<>();
		for (Piece piece : joined) {
			int first = extendOverDateNouns(tokens, piece.first);
			Role role = isLabel(text, first, piece) ? Role.LABEL : role(tokens, first);
			times.add(new StatedTime(tokens.get(first).start(), end(tokens, piece), role, piece.date, piece.part,
					piece.clock));
		}
		return times;
	}

	/**
	 * The dates with periods joined that the text bundle leaves as two dates because a date noun
	 * stands before the second: {@code zwischen 2007 und Mitte 2012}.
	 */
	private List<DateExpression> periods(String text, List<DateExpression> dates) {
		List<DateExpression> joined = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			DateExpression first = dates.get(i);
			if (i + 1 < dates.size() && !first.isRange() && !dates.get(i + 1).isRange()
					&& PERIOD_START.matcher(text.substring(0, first.start())).find()
					&& periodLink.matcher(text.substring(first.end(), dates.get(i + 1).start())).matches()) {
				DateExpression last = dates.get(i + 1);
				int year = first.year() > 0 ? first.year() : last.year();
				joined.add(new DateExpression(first.start(), last.end(), year, first.month(), first.day(), first.weekday(),
						last));
				i++;
			} else {
				joined.add(first);
			}
		}
		return joined;
	}

	/** {@code 20 Uhr}, {@code 20:15 Uhr}, or {@code 20:15} after a cue such as {@code um}; not a score. */
	private boolean isClock(AnalyzedText text, TimeOfDay clock) {
		if (text.text().substring(clock.start(), clock.end()).endsWith("Uhr")) {
			return true;
		}
		Token before = null;
		for (Token token : text.tokens()) {
			if (token.end() <= clock.start()) {
				before = token;
			}
		}
		return before != null && clockCues.contains(before.text().toLowerCase(Locale.GERMAN));
	}

	private static int end(List<Token> tokens, Piece piece) {
		int end = tokens.get(piece.last).end();
		if (piece.date != null) {
			end = Math.max(end, piece.date.end());
		}
		if (piece.clock != null) {
			end = Math.max(end, piece.clock.end());
		}
		return end;
	}

	private static Piece piece(List<Token> tokens, int start, int end) {
		int first = -1;
		int last = -1;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.end() > start && token.start() < end) {
				if (first < 0) {
					first = i;
				}
				last = i;
			}
		}
		if (first < 0) {
			first = last = tokens.size() - 1;
		}
		return new Piece(first, last);
	}

	/** Joins each part of day and clock time with a date (or each other) close by in the same clause. */
	private static List<Piece> join(List<Piece> pieces, List<String> tags) {
		List<Piece> result = new ArrayList<>();
		for (Piece piece : pieces) {
			Piece previous = result.isEmpty() ? null : result.get(result.size() - 1);
			if (previous != null && close(previous, piece, tags) && combinable(previous, piece)) {
				previous.last = Math.max(previous.last, piece.last);
				if (piece.date != null) {
					previous.date = piece.date;
				}
				if (piece.part != null) {
					previous.part = piece.part;
				}
				if (piece.clock != null) {
					previous.clock = piece.clock;
				}
			} else {
				result.add(piece);
			}
		}
		return result;
	}

	private static boolean combinable(Piece a, Piece b) {
		return !(a.date != null && b.date != null) && !(a.part != null && b.part != null)
				&& !(a.clock != null && b.clock != null);
	}

	private static boolean close(Piece a, Piece b, List<String> tags) {
		if (b.first - a.last - 1 > MAX_GAP) {
			return false;
		}
		for (int i = a.last + 1; i < b.first; i++) {
			if ("PUNCT".equals(tags.get(i))) {
				return false;
			}
		}
		return true;
	}

	private int extendOverDateNouns(List<Token> tokens, int first) {
		int start = first;
		int i = first - 1;
		while (i >= 0) {
			String word = tokens.get(i).text();
			if (dateNouns.contains(word)) {
				start = i;
			} else if (!(word.equals("des") || word.equals("der"))) {
				break;
			}
			i--;
		}
		return start;
	}

	/** A year or season right after a noun that is not a date noun: {@code die Wien-Wahl 2015}. */
	private static boolean isLabel(AnalyzedText text, int first, Piece piece) {
		if (first == 0 || piece.date == null || piece.part != null || piece.clock != null) {
			return false;
		}
		DateExpression date = piece.date;
		boolean yearsOnly = date.month() == 0 && date.day() == 0 && date.weekday() == 0
				&& (!date.isRange() || date.rangeEnd().month() == 0 && date.rangeEnd().day() == 0);
		String before = text.tags().get(first - 1);
		return yearsOnly && (before.equals("NOUN") || before.equals("PROPN"));
	}

	private Role role(List<Token> tokens, int first) {
		for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
			String word = tokens.get(i).text().toLowerCase(Locale.GERMAN);
			Role role = roleWords.get(word);
			if (role != null) {
				return role;
			}
			if (!skippedBeforeDate.contains(word)) {
				return Role.AT;
			}
		}
		return Role.AT;
	}
}
