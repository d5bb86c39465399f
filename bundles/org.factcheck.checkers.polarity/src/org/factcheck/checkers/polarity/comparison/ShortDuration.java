package org.factcheck.checkers.polarity.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;

/**
 * A claim that bounds a span of time from above with an exclusive word (nur ein paar Sekunden,
 * lediglich zwei Monate, nach nur einem Tag) against a sentence that gives a span of the same kind
 * at least {@link #LONGER} times as long (ein oder zwei Stunden, 13 Monate, monatelang): the thing
 * took longer than the claim allows. A span after {@code vor} (vor zwei Jahren) is a point in time,
 * not a span, and is not compared.
 */
public final class ShortDuration {

	/** How many times longer the sentence's span must be: a clear difference, not a rounding. */
	static final double LONGER = 2;

	private static final Set<String> ONLY = Set.of("nur", "lediglich", "bloß", "knapp");

	/** How far the unit may follow the exclusive word (nur ein paar Sekunden). */
	private static final int REACH = 4;

	/** Seconds of each unit, by the unit's stem (Sekunde, Sekunden; Tag, Tage, Tagen, Tages). */
	private static final Map<String, Double> UNITS = Map.of("sekunde", 1.0, "minute", 60.0, "stunde", 3600.0, "tag",
			86_400.0, "woche", 604_800.0, "monat", 2_629_800.0, "jahr", 31_557_600.0, "jahrzehnt", 315_576_000.0);

	/** Adverbs of a span of several units: monatelang, jahrelang, tagelang. */
	private static final Map<String, String> LASTING = Map.of("sekundenlang", "sekunde", "minutenlang", "minute",
			"stundenlang", "stunde", "tagelang", "tag", "wochenlang", "woche", "monatelang", "monat", "jahrelang", "jahr",
			"jahrzehntelang", "jahrzehnt");

	private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("ein", 1.0), Map.entry("eine", 1.0),
			Map.entry("einen", 1.0), Map.entry("einem", 1.0), Map.entry("einer", 1.0), Map.entry("eines", 1.0),
			Map.entry("zwei", 2.0), Map.entry("drei", 3.0), Map.entry("vier", 4.0), Map.entry("fünf", 5.0),
			Map.entry("sechs", 6.0), Map.entry("sieben", 7.0), Map.entry("acht", 8.0), Map.entry("neun", 9.0),
			Map.entry("zehn", 10.0), Map.entry("elf", 11.0), Map.entry("zwölf", 12.0), Map.entry("zwanzig", 20.0),
			Map.entry("dreißig", 30.0), Map.entry("vierzig", 40.0), Map.entry("fünfzig", 50.0), Map.entry("hundert", 100.0),
			Map.entry("paar", 3.0), Map.entry("einige", 3.0), Map.entry("einigen", 3.0), Map.entry("wenige", 3.0),
			Map.entry("wenigen", 3.0), Map.entry("mehrere", 3.0), Map.entry("mehreren", 3.0), Map.entry("halbe", 0.5),
			Map.entry("halben", 0.5));

	/**
	 * @param claimCue      the claim's exclusive word
	 * @param sentenceFirst first token of the sentence's longer span
	 * @param sentenceLast  last token of it
	 */
	public record Found(int claimCue, int sentenceFirst, int sentenceLast) {
	}

	/** A span of time in a text: its tokens and its length in seconds. */
	private record Span(int first, int last, double seconds) {
	}

	private ShortDuration() {
	}

	public static Optional<Found> find(AnalyzedText claim, AnalyzedText sentence) {
		List<String> claimWords = words(claim);
		for (int cue = 0; cue < claimWords.size(); cue++) {
			if (!ONLY.contains(claimWords.get(cue))) {
				continue;
			}
			int at = cue;
			Optional<Span> bounded = spans(claimWords).stream()
					.filter(span -> span.first() > at && span.last() <= at + REACH).findFirst();
			if (bounded.isEmpty()) {
				continue;
			}
			double limit = bounded.get().seconds() * LONGER;
			Optional<Span> longer = spans(words(sentence)).stream().filter(span -> span.seconds() >= limit)
					.max((a, b) -> Double.compare(a.seconds(), b.seconds()));
			if (longer.isPresent()) {
				return Optional.of(new Found(at, longer.get().first(), longer.get().last()));
			}
		}
		return Optional.empty();
	}

	/** The spans of time a text gives: a number and a unit (28 Minuten, ein paar Sekunden), or a lasting adverb. */
	private static List<Span> spans(List<String> words) {
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (LASTING.containsKey(word)) {
				spans.add(new Span(i, i, 2 * UNITS.get(LASTING.get(word))));
				continue;
			}
			Double unit = unit(word);
			if (unit == null || i == 0) {
				continue;
			}
			int number = i - 1;
			Double value = number(words.get(number));
			if (value == null) {
				continue;
			}
			if (words.get(number).equals("paar") && number > 0 && words.get(number - 1).startsWith("ein")) {
				number--;
			}
			if (number > 0 && words.get(number - 1).equals("vor")) {
				continue;
			}
			spans.add(new Span(number, i, value * unit));
		}
		return spans;
	}

	private static Double unit(String word) {
		for (Map.Entry<String, Double> unit : UNITS.entrySet()) {
			String stem = unit.getKey();
			if (word.equals(stem) || word.startsWith(stem) && word.length() - stem.length() <= 2
					&& Set.of("e", "n", "en", "es", "s").contains(word.substring(stem.length()))) {
				return unit.getValue();
			}
		}
		return null;
	}

	private static Double number(String word) {
		Double value = NUMBER_WORDS.get(word);
		if (value != null) {
			return value;
		}
		String digits = word.replace(".", "").replace(',', '.');
		if (!digits.isEmpty() && digits.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
			try {
				return Double.parseDouble(digits);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	private static List<String> words(AnalyzedText text) {
		return text.tokens().stream().map(t -> t.text().toLowerCase(Locale.GERMAN)).toList();
	}
}
