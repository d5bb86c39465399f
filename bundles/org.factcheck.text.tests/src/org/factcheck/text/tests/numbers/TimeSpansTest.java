package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.factcheck.text.numbers.TimeSpans;
import org.factcheck.text.numbers.TimeSpans.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpansTest {

	private static final double DAY = 86_400;
	private static final double YEAR = 31_557_600;

	private static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.GERMAN).split(" ")).toList();
	}

	private static List<TimeSpan> spans(String text) {
		return TimeSpans.in(words(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"sie wartete 28 Minuten; 1680; 2; 3",
			"nach nur einem Tag; 86400; 2; 3",
			"er blieb 13 Monaten dort; 34187400; 2; 3",
			"in ein paar Sekunden; 3; 1; 3",
			"für einige Wochen; 1814400; 1; 2",
			"einen halben Tag lang; 43200; 1; 2",
			"nach zwölf Stunden; 43200; 1; 2",
			"seit einundzwanzig Jahren; 662709600; 1; 2",
			"nach 1,5 Stunden; 5400; 1; 2",
			"binnen eines Monats; 2629800; 1; 2",
			"seit drei Jahrzehnten; 946728000; 1; 2",
			"nach zwei Jahrhunderten; 6311520000; 1; 2" })
	void anAmountAndAUnitAreASpan(String text, double seconds, int first, int last) {
		List<TimeSpan> found = spans(text);
		assertEquals(List.of(new TimeSpan(first, last, seconds)), found);
	}

	@Test
	void aLastingAdverbIsTwoOfItsUnit() {
		assertEquals(List.of(new TimeSpan(2, 2, 2 * 30.4375 * DAY)), spans("sie suchten monatelang"));
		assertEquals(List.of(new TimeSpan(0, 0, 2 * YEAR)), spans("jahrelang geschah nichts"));
	}

	@Test
	void aSpanBeforeNowIsAPointInTime() {
		assertTrue(spans("vor zwei Jahren zog sie um").isEmpty());
		assertTrue(spans("vor ein paar Tagen").isEmpty());
	}

	@Test
	void aUnitWithoutAnAmountIsNoSpan() {
		assertTrue(spans("der Tag begann früh").isEmpty());
		assertTrue(spans("im Jahr danach").isEmpty());
		assertTrue(spans("die Woche").isEmpty());
	}

	@Test
	void theUnitsOfTimeAreNamed() {
		assertTrue(TimeSpans.namesUnit("monaten"));
		assertTrue(TimeSpans.namesUnit("jahrhunderts"));
		assertTrue(!TimeSpans.namesUnit("monatelang") && !TimeSpans.namesUnit("sommer"));
	}

	@Test
	void theSpansOfATextAreAllRead() {
		assertEquals(List.of(new TimeSpan(1, 2, 2 * 3600), new TimeSpan(4, 5, 13 * 30.4375 * DAY)),
				spans("nach zwei Stunden und 13 Monaten"));
	}
}
