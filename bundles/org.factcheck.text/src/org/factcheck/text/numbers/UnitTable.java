package org.factcheck.text.numbers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.scan.Lexeme;
import org.factcheck.text.scan.PhraseMatcher;

/** Units of measurement and currencies from {@code data/units.txt}, units of time from {@link TimeUnits}. */
final class UnitTable {

	/** A unit as normalised, and the kind of quantity it measures. */
	record Unit(String name, String kind) {
	}

	private static final String DURATION = "duration";
	/** An adjective made of a unit with -ig, in any ending: prozentig, prozentigen. */
	private static final Pattern ADJECTIVE_OF_UNIT = Pattern.compile("(\\p{Ll}+)ig(?:e|en|er|es|em)?");

	private final PhraseMatcher<Unit> byWrittenForm = new PhraseMatcher<>();
	private final Map<String, String> kindByName = new HashMap<>();

	private UnitTable() {
		for (String[] row : DataFile.table(UnitTable.class, "data/units.txt", 3)) {
			Unit unit = new Unit(row[1], row[2]);
			byWrittenForm.add(row[0], unit);
			kindByName.put(row[1], row[2]);
		}
		for (TimeUnits.TimeUnit time : TimeUnits.german().all()) {
			for (String form : time.forms()) {
				byWrittenForm.add(form, new Unit(time.name(), DURATION));
			}
			kindByName.put(time.name(), DURATION);
		}
	}

	private static final class Holder {
		static final UnitTable GERMAN = new UnitTable();
	}

	static UnitTable german() {
		return Holder.GERMAN;
	}

	PhraseMatcher.Match<Unit> startingAt(List<Lexeme> lexemes, int first) {
		return byWrittenForm.startingAt(lexemes, first);
	}

	Unit written(String form) {
		return byWrittenForm.get(form);
	}

	/** The unit an adjective derives from ({@code prozentigen} in {@code 0,45-prozentigen}: Prozent), or null. */
	Unit ofAdjective(String word) {
		Matcher m = ADJECTIVE_OF_UNIT.matcher(word);
		if (!m.matches()) {
			return null;
		}
		String stem = m.group(1);
		return written(Character.toUpperCase(stem.charAt(0)) + stem.substring(1));
	}

	/** The kind of a normalised unit, or null for words that are not units of measurement. */
	String kindOf(String name) {
		return name == null ? null : kindByName.get(name);
	}
}
