package org.factcheck.text.numbers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factcheck.text.data.DataFile;

/** Units of time from {@code data/time-units.txt}: their written forms, seconds, adverbs and adjectives. */
final class TimeUnits {

	/**
	 * A unit of time.
	 *
	 * @param name            as normalised (Jahre)
	 * @param seconds         the length of one
	 * @param forms           its written forms after a number (Jahr, Jahre, Jahren, Jahres)
	 * @param lasting         the adverb of a span of several (jahrelang)
	 * @param adjectiveStem   the stem of its compound adjective (jährig in dreijährig), or null
	 */
	record TimeUnit(String name, double seconds, List<String> forms, String lasting, String adjectiveStem) {
	}

	private final List<TimeUnit> units;
	private final Map<String, TimeUnit> byLowerCaseForm = new HashMap<>();
	private final Map<String, TimeUnit> byLasting = new HashMap<>();
	private final Map<String, TimeUnit> byAdjectiveStem = new HashMap<>();

	private TimeUnits() {
		units = DataFile.table(TimeUnits.class, "data/time-units.txt", 5).stream()
				.map(row -> new TimeUnit(row[0], Double.parseDouble(row[1]), List.of(row[2].split("\\s+")), row[3],
						row[4].equals("-") ? null : row[4]))
				.toList();
		for (TimeUnit unit : units) {
			for (String form : unit.forms()) {
				byLowerCaseForm.put(form.toLowerCase(Locale.GERMAN), unit);
			}
			byLasting.put(unit.lasting(), unit);
			if (unit.adjectiveStem() != null) {
				byAdjectiveStem.put(unit.adjectiveStem(), unit);
			}
		}
	}

	private static final class Holder {
		static final TimeUnits GERMAN = new TimeUnits();
	}

	static TimeUnits german() {
		return Holder.GERMAN;
	}

	List<TimeUnit> all() {
		return units;
	}

	/** The unit a written form in lower case names (tagen, monats), or null. */
	TimeUnit ofLowerCaseForm(String word) {
		return byLowerCaseForm.get(word);
	}

	/** The unit of a lasting adverb in lower case (monatelang), or null. */
	TimeUnit ofLasting(String word) {
		return byLasting.get(word);
	}

	/** The unit of a compound adjective's stem in lower case (jährig), or null. */
	TimeUnit ofAdjectiveStem(String stem) {
		return byAdjectiveStem.get(stem);
	}
}
