package org.factcheck.checkers.dates.tests.stated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.checkers.dates.stated.Role;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.checkers.dates.stated.StatedTimeFinder;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Times stated in real news sentences. */
class StatedTimeFinderTest {

	private static List<StatedTime> find(String text) {
		return StatedTimeFinder.german().find(TextAnalyzer.german().analyze(text));
	}

	private static StatedTime only(String text) {
		List<StatedTime> times = find(text);
		assertEquals(1, times.size(), times.toString());
		return times.get(0);
	}

	@Test
	void partOfDayBeforeADateIsJoinedWithIt() {
		String text = "Am Morgen des 7. November telefonierte Präsident Yoon Suk Yeol auch mit Donald Trump.";
		StatedTime time = only(text);
		assertEquals("Morgen des 7. November", time.text(text));
		assertEquals("morning", time.dayPart().name());
		assertEquals(11, time.date().month());
	}

	@Test
	void weekdayCompoundsCarryTheirPartOfDay() {
		StatedTime time = only("Der Tunesier Abu al-Hija wurde am Mittwochabend tödlich getroffen.");
		assertEquals(3, time.date().weekday());
		assertEquals("evening", time.dayPart().name());
	}

	@Test
	void morgenIsAPartOfDayOnlyAfterACue() {
		assertEquals("morning", only("Heute Morgen traf er die Ministerin in Wien.").dayPart().name());
		assertTrue(find("Morgen beginnt die Konferenz in Wien.").isEmpty());
	}

	@Test
	void roleComesFromTheWordBefore() {
		assertEquals(Role.SINCE, only("Seit 2009 ist er ein Permanent Fellow am Wiener Institut.").role());
		assertEquals(Role.UNTIL, only("Er bleibt bis Ende 2018 im Amt.").role());
		assertEquals(Role.AT, only("Thiem gewann im März 2015 in Miami.").role());
	}

	@Test
	void dateNounsBelongToTheDate() {
		String text = "Vuk Jeremic war im Jahr 2010 Außenminister Serbiens.";
		assertEquals("Jahr 2010", only(text).text(text));
	}

	@Test
	void yearAfterANounNamesAThing() {
		assertEquals(Role.LABEL, only("Das war knapp vor der Wien-Wahl 2005, als er das erste Mal wählen durfte.").role());
	}

	@Test
	void periodAcrossADateNounIsOnePeriod() {
		String text = "Jeremic (40) war zwischen 2007 und Mitte 2012 Außenminister Serbiens.";
		StatedTime time = only(text);
		assertTrue(time.isPeriod());
		assertEquals(2007, time.date().year());
		assertEquals(2012, time.date().rangeEnd().year());
	}

	@Test
	void clockTimesNeedUhrOrACue() {
		StatedTime time = only("Vernissage ist am Samstag um 19 Uhr!");
		assertNotNull(time.clock());
		assertEquals(19, time.clock().hour());
		assertTrue(find("Damals hatten sie den Wienern im Ernst Happel Stadion mit 23:13 ihre letzte Finalniederlage zugefügt.")
				.isEmpty());
	}

	@Test
	void separatePartOfDayStandsAlone() {
		StatedTime time = only("Die Polizei nahm den Mann in der Nacht fest.");
		assertNull(time.date());
		assertEquals("night", time.dayPart().name());
	}
}
