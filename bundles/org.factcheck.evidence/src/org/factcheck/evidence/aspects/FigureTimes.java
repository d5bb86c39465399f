package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.numbers.Quantity;

/**
 * The time a figure is given for, and whether it is a point of comparison. A sentence binds a
 * figure to a time phrase right after it ({@code 442 Millionen Euro im Jahr 2014}, {@code 2,2
 * Prozent im Juli}, {@code Vorjahr: 3,7 Milliarden}), or to the one time phrase of its clause
 * ({@code Ende 2015 war das BIP um 0,3 Prozent gewachsen}, {@code nachdem es im Juli ein Minus von
 * 2,2 Prozent gegeben hatte}). A time phrase after gegenüber, seit, bis, als … is not the clause's
 * time but a point of comparison or the edge of a span. A figure after gegenüber or verglichen mit,
 * the start of {@code von X auf Y}, or {@code nach X im Vorjahr} is a point of comparison.
 */
final class FigureTimes {

	/** The granularity of a time. */
	enum Grain {
		YEAR, HALF, QUARTER, MONTH
	}

	/**
	 * A time: absolute (year, half, quarter or month, each 0 where not given) or relative (a key such
	 * as prev-year), of one grain.
	 */
	record Time(int start, int end, Grain grain, int year, int part, String relative) {

		/** SAME, DIFFERENT or UNKNOWN (a relative time against an absolute one of the same grain). */
		Relation against(Time other) {
			if (grain != other.grain) {
				return Relation.DIFFERENT;
			}
			if (relative != null || other.relative != null) {
				if (relative != null && other.relative != null) {
					return relative.equals(other.relative) ? Relation.SAME : Relation.DIFFERENT;
				}
				return Relation.UNKNOWN;
			}
			if (year > 0 && other.year > 0 && year != other.year || part > 0 && other.part > 0 && part != other.part) {
				return Relation.DIFFERENT;
			}
			return Relation.SAME;
		}
	}

	enum Relation {
		SAME, DIFFERENT, UNKNOWN
	}

	/** What the sentence says of a figure's time. */
	record Binding(Time time, boolean comparisonPoint) {
	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

	private static final Pattern QUARTER = Pattern.compile(
			"\\b(ersten|zweiten|dritten|vierten|1\\.|2\\.|3\\.|4\\.)\\s+(Quartal|Vierteljahr|Halbjahr)(?:s|es)?\\b", FLAGS);
	private static final Pattern RELATIVE = Pattern.compile("\\b(?:(Vorjahr(?:es|s)?)|(Vormonat(?:s)?)|(Vorquartal(?:s)?)"
			+ "|((?:vergangenen|vorigen|abgelaufenen|letzten)\\s+Jahr(?:es|s)?)|(Jahr(?:e)?\\s+zuvor)"
			+ "|((?:dieses|diesem|laufenden|heurigen)\\s+Jahr(?:es|s)?|heuer))\\b", FLAGS);

	/** Words before a time phrase that make it a point of comparison or the edge of a span, not the clause's time. */
	private static final Pattern NOT_THE_CLAUSES_TIME = Pattern.compile(
			"\\b(?:gegenüber|verglichen\\s+mit|Vergleich\\s+zu[mr]?|als|seit|bis|ab|von|vom|nach|vor|zwischen|zum|zur|"
					+ "Stand|Niveau|Wert)\\s+(?:(?:dem|den|der|des|im|in|am|das|die|Jahr|Jahre|Jahres|"
					+ "gleichen|selben|Zeitraum|entsprechenden)\\s+)*$",
			FLAGS);
	/** What may stand between a figure and the time phrase bound to it: 442 Millionen Euro im Jahr 2014, 2,2 Prozent im Juli. */
	private static final Pattern RIGHT_AFTER = Pattern.compile("\\s*(?:\\(|im|in|für|des|im\\s+Jahr(?:e)?|in\\s+den)?\\s*", FLAGS);
	/** A label before a figure giving its time: (Vorjahr: 3,7 Milliarden). */
	private static final Pattern LABEL = Pattern.compile("\\b(Vorjahr(?:es)?(?:wert)?|Vormonat|Vorquartal)\\s*:\\s*$", FLAGS);
	/** Words right before a figure that make it the point of comparison: gegenüber 300, verglichen mit 17,1 Prozent. */
	private static final Pattern COMPARED_WITH = Pattern.compile(
			"\\b(?:gegenüber|verglichen\\s+mit|Vergleich\\s+zu[mr]?)\\s+(?:(?:dem|den|der|des|einem|einer|noch|rund|knapp|etwa|fast|"
					+ "Wert|Vorjahreswert)\\s+)*$",
			FLAGS);
	private static final Pattern FROM = Pattern.compile("\\bvon\\s+(?:(?:rund|knapp|etwa|fast|noch)\\s+)?$", FLAGS);
	private static final Pattern TO_FIGURE = Pattern.compile("\\bauf\\s+(?:(?:rund|knapp|etwa|fast|circa|ca\\.|über|mehr\\s+als)\\s+)?\\d",
			FLAGS);
	private static final Pattern AFTER = Pattern.compile("\\bnach\\s+(?:(?:rund|knapp|etwa|fast|noch)\\s+)?$", FLAGS);

	private FigureTimes() {
	}

	/**
	 * The one time the claim states for its statement, or null: none, several, a time that is a
	 * point of comparison or edge of a span (gegenüber dem Vorquartal, seit 2014), or a claim that
	 * itself compares figures (von 300 auf 500).
	 */
	static Time claimTime(AnalyzedText claim, List<Quantity> quantities) {
		String text = claim.text();
		for (Quantity q : quantities) {
			if (comparisonMarked(q, text)) {
				return null;
			}
		}
		Time found = null;
		for (Time time : times(claim)) {
			if (NOT_THE_CLAUSES_TIME.matcher(text.substring(0, time.start())).find()) {
				continue;
			}
			if (found != null && found.against(time) != Relation.SAME) {
				return null;
			}
			found = found == null ? time : found;
		}
		return found;
	}

	/** What the sentence binds the figure to: its time (or null) and whether it is a point of comparison. */
	static Binding of(Quantity figure, AnalyzedText sentence) {
		String text = sentence.text();
		List<Time> times = times(sentence);
		boolean comparison = comparisonMarked(figure, text);
		Time own = null;
		for (Time time : times) {
			if (time.start() <= figure.start() && figure.end() <= time.end()) {
				own = time; // the figure is part of the time phrase: im ersten Quartal
				comparison |= NOT_THE_CLAUSES_TIME.matcher(text.substring(0, time.start())).find();
				break;
			}
		}
		if (own == null) {
			own = rightAfter(figure, text, times);
		}
		if (own == null) {
			Matcher label = LABEL.matcher(text.substring(0, figure.start()));
			if (label.find()) {
				own = relative(label.start(1), label.end(1), label.group(1));
				comparison = true;
			}
		}
		if (own == null && AFTER.matcher(text.substring(0, figure.start())).find()) {
			Time after = rightAfter(figure, text, times);
			comparison |= after != null;
		}
		if (own == null && !comparison) {
			own = clauseTime(figure, sentence, times);
		}
		return new Binding(own, comparison);
	}

	private static boolean comparisonMarked(Quantity figure, String text) {
		String before = text.substring(0, figure.start());
		if (COMPARED_WITH.matcher(before).find()) {
			return true;
		}
		if (FROM.matcher(before).find()) {
			int end = stretchEnd(text, figure.end());
			return TO_FIGURE.matcher(text.substring(figure.end(), end)).find();
		}
		return false;
	}

	private static Time rightAfter(Quantity figure, String text, List<Time> times) {
		for (Time time : times) {
			if (time.start() >= figure.end()) {
				return RIGHT_AFTER.matcher(text).region(figure.end(), time.start()).matches() ? time : null;
			}
		}
		return null;
	}

	/**
	 * The one time of the figure's clause (between punctuation marks), leaving out time phrases
	 * after gegenüber, seit … and those bound right after another figure.
	 */
	private static Time clauseTime(Quantity figure, AnalyzedText sentence, List<Time> times) {
		String text = sentence.text();
		int start = stretchStart(text, figure.start());
		int end = stretchEnd(text, figure.end());
		Time found = null;
		for (Time time : times) {
			if (time.start() < start || time.end() > end) {
				continue;
			}
			if (NOT_THE_CLAUSES_TIME.matcher(text.substring(0, time.start())).find()) {
				continue;
			}
			if (boundToAnotherFigure(time, figure, sentence)) {
				continue;
			}
			if (found != null && found.against(time) != Relation.SAME) {
				return null;
			}
			found = found == null ? time : found;
		}
		return found;
	}

	private static boolean boundToAnotherFigure(Time time, Quantity figure, AnalyzedText sentence) {
		for (Quantity other : sentence.quantities()) {
			if (other.start() == figure.start() || other.end() > time.start()) {
				continue;
			}
			if (RIGHT_AFTER.matcher(sentence.text()).region(other.end(), time.start()).matches()
					|| other.start() >= time.start() && other.end() <= time.end()) {
				return true;
			}
		}
		return false;
	}

	/** The time phrases of a text: dates with a year or month (not ranges), quarters and halves, relative years and months. */
	static List<Time> times(AnalyzedText analyzed) {
		String text = analyzed.text();
		List<Time> times = new ArrayList<>();
		for (DateExpression date : analyzed.dates()) {
			if (date.isRange() || date.year() <= 0 && date.month() <= 0) {
				continue;
			}
			times.add(new Time(date.start(), date.end(), date.month() > 0 ? Grain.MONTH : Grain.YEAR, Math.max(0, date.year()),
					Math.max(0, date.month()), null));
		}
		Matcher quarter = QUARTER.matcher(text);
		while (quarter.find()) {
			String noun = quarter.group(2).toLowerCase(Locale.ROOT);
			int end = quarter.end();
			int year = 0;
			for (Time date : List.copyOf(times)) {
				// im ersten Quartal 2015: one time, the quarter of that year
				if (date.grain() == Grain.YEAR && date.start() >= end && text.substring(end, date.start()).isBlank()) {
					times.remove(date);
					year = date.year();
					end = date.end();
				}
			}
			times.add(new Time(quarter.start(), end, noun.equals("halbjahr") ? Grain.HALF : Grain.QUARTER, year,
					ordinal(quarter.group(1)), null));
		}
		Matcher relative = RELATIVE.matcher(text);
		while (relative.find()) {
			times.add(relative(relative.start(), relative.end(), relative.group()));
		}
		times.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return times;
	}

	private static Time relative(int start, int end, String words) {
		String lower = words.toLowerCase(Locale.GERMAN);
		if (lower.startsWith("vormonat")) {
			return new Time(start, end, Grain.MONTH, 0, 0, "prev-month");
		}
		if (lower.startsWith("vorquartal")) {
			return new Time(start, end, Grain.QUARTER, 0, 0, "prev-quarter");
		}
		if (lower.startsWith("vorjahr") || lower.contains("zuvor") || lower.startsWith("vergangen") || lower.startsWith("vorig")
				|| lower.startsWith("abgelaufen") || lower.startsWith("letzt")) {
			return new Time(start, end, Grain.YEAR, 0, 0, "prev-year");
		}
		return new Time(start, end, Grain.YEAR, 0, 0, "this-year");
	}

	private static int ordinal(String word) {
		return switch (word.toLowerCase(Locale.ROOT).charAt(0)) {
		case 'e', '1' -> 1;
		case 'z', '2' -> 2;
		case 'd', '3' -> 3;
		default -> 4;
		};
	}

	static int stretchStart(String text, int offset) {
		for (int i = offset - 1; i >= 0; i--) {
			if (boundary(text, i)) {
				return i + 1;
			}
		}
		return 0;
	}

	static int stretchEnd(String text, int offset) {
		for (int i = offset; i < text.length(); i++) {
			if (boundary(text, i)) {
				return i;
			}
		}
		return text.length();
	}

	/** Punctuation that ends a clause; a comma between digits is a decimal comma. */
	private static boolean boundary(String text, int i) {
		char c = text.charAt(i);
		if (c == ',') {
			return !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
		}
		return c == ';' || c == ':' || c == '–' || c == '—' || c == '(' || c == ')' || c == '?' || c == '!';
	}
}
