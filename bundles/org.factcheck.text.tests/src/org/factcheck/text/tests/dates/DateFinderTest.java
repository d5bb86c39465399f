package org.factcheck.text.tests.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.dates.DatePeriod;
import org.factcheck.text.dates.TimeOfDay;
import org.factcheck.text.tests.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

	private final DateFinder finder = DateFinder.german();

	private DateExpression only(String text) {
		List<DateExpression> found = finder.find(text);
		assertEquals(1, found.size(), () -> text + " -> " + found);
		return found.get(0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Veröffentlicht am 24.10.2024; 24.10.2024; 2024; 10; 24",
			"Das Urteil vom 11.09.2015 ist rechtskräftig.; 11.09.2015; 2015; 9; 11",
			"Am 7. November erklärte der Präsident seine Haltung.; 7. November; 0; 11; 7",
			"Sie trafen sich schon am 27. August 2015.; 27. August 2015; 2015; 8; 27",
			"Das Abkommen wurde am 19. Juni unterzeichnet.; 19. Juni; 0; 6; 19",
			"Das Abkommen wurde im Juni unterzeichnet.; Juni; 0; 6; 0",
			"Der Einbruch der Aktienmärkte im Jänner ist kein Grund zur Sorge.; Jänner; 0; 1; 0",
			"Die Frist endet im Feber.; Feber; 0; 2; 0",
			"Es sei im März 2015 zu einer Äußerung gekommen.; März 2015; 2015; 3; 0",
			"Die Hamas herrscht seit 2007 im Gazastreifen.; 2007; 2007; 0; 0",
			"2016 startet in der ARD eine neue Serie.; 2016; 2016; 0; 0",
			"Der Termin ist am 24.10. geplant.; 24.10.; 0; 10; 24",
			"Laut ISO-Datum 2024-10-24 war es so.; 2024-10-24; 2024; 10; 24",
			"(red, 16. 5. 2016); 16. 5. 2016; 2016; 5; 16" })
	void findsDates(String text, String written, int year, int month, int day) {
		DateExpression d = only(text);
		assertEquals(written, text.substring(d.start(), d.end()));
		assertEquals(year, d.year());
		assertEquals(month, d.month());
		assertEquals(day, d.day());
	}

	@Test
	void weekdaysAreRecorded() {
		DateExpression thursday = only("Putin sagte am Donnerstag in Vietnam, er würde Waffen liefern.");
		assertEquals(4, thursday.weekday());
		assertEquals(0, thursday.day());
		assertEquals(3, only("Am Mittwochabend unterzeichneten sie.").weekday());
		DateExpression full = only("Am Donnerstag, 7. November 2024, telefonierte Yoon mit Trump.");
		assertEquals(4, full.weekday());
		assertEquals(LocalDate.of(2024, 11, 7), full.resolve(null).orElseThrow());
	}

	@Test
	void rangesKeepTheirEnd() {
		DateExpression range = only("Die Gelder flossen zwischen Jänner 2012 und Mai 2013 auf das Konto.");
		assertEquals(2012, range.year());
		assertEquals(1, range.month());
		assertNotNull(range.rangeEnd());
		assertEquals(2013, range.rangeEnd().year());
		assertEquals(5, range.rangeEnd().month());
		assertEquals(new DatePeriod(LocalDate.of(2012, 1, 1), LocalDate.of(2013, 5, 31)), range.period(null).orElseThrow());

		DateExpression days = only("Der Gipfel findet vom 7. bis 9. November statt.");
		assertEquals(7, days.day());
		assertEquals(11, days.month());
		assertEquals(9, days.rangeEnd().day());

		DateExpression months = only("Von März bis Mai 2016 wurde gebaut.");
		assertEquals(2016, months.year());
		assertEquals(3, months.month());

		DateExpression season = only("In der Saison 2015/16 spielte er in Wien.");
		assertEquals(2015, season.year());
		assertEquals(2016, season.rangeEnd().year());
	}

	@Test
	void amountsAndAmbiguousWordsAreNotDates() {
		assertTrue(finder.find("Es kamen 2000 Menschen zur Kundgebung.").isEmpty());
		assertTrue(finder.find("Es kamen rund 2000 zur Kundgebung.").isEmpty());
		assertTrue(finder.find("Die Karte kostet 2016 Euro.").isEmpty());
		assertTrue(finder.find("August Müller und Mai Thi Nguyen sprachen.").isEmpty());
		assertEquals(5, only("Die Wahl findet im Mai statt.").month());
		assertEquals(8, only("Bis Ende August wird gebaut.").month());
	}

	@Test
	void findsTheDatesOfASeedDocument() {
		String text = TestCorpus.seed("000");
		List<String> found = finder.find(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
		assertEquals(List.of("7. November", "6. November", "7. November"), found);
	}

	@Test
	void resolvesPartialDatesAgainstTheDocumentDate() {
		LocalDate published = LocalDate.of(2024, 10, 24);
		assertEquals(LocalDate.of(2024, 11, 7), only("am 7. November").resolve(published).orElseThrow());
		assertEquals(LocalDate.of(2024, 6, 19), only("am 19. Juni").resolve(published).orElseThrow());
		assertEquals(LocalDate.of(2023, 12, 20), only("am 20. Dezember").resolve(LocalDate.of(2024, 1, 5)).orElseThrow());
		assertEquals(LocalDate.of(2024, 10, 24), only("am Donnerstag").resolve(published).orElseThrow());
		assertEquals(LocalDate.of(2024, 10, 23), only("am Mittwoch").resolve(published).orElseThrow());
		assertEquals(LocalDate.of(2024, 10, 18), only("am Freitag").resolve(published).orElseThrow());
		assertEquals(Optional.empty(), only("im März").resolve(published));
		assertEquals(new DatePeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), only("im März").period(published).orElseThrow());
		assertEquals(Optional.empty(), only("am 31.02.2024").resolve(published));
		assertTrue(only("am 7. November").resolve(null).isEmpty());
	}

	@Test
	void findsClockTimes() {
		List<TimeOfDay> times = finder.findTimes("24.10.2024\n11:32 Uhr, Anpfiff um 20 Uhr, Ergebnis 3:1");
		assertEquals(2, times.size());
		assertEquals(11, times.get(0).hour());
		assertEquals(32, times.get(0).minute());
		assertEquals(20, times.get(1).hour());
		assertNull(finder.find("Ergebnis 3:1").stream().findAny().orElse(null));
	}
}
