package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.numbers.PhoneNumberFinder;
import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.factcheck.text.tests.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFinderTest {

	private final QuantityFinder finder = QuantityFinder.german();

	private Quantity only(String text) {
		List<Quantity> found = finder.find(text);
		assertEquals(1, found.size(), () -> text + " -> " + found);
		return found.get(0);
	}

	private Quantity first(String text) {
		List<Quantity> found = finder.find(text);
		assertFalse(found.isEmpty(), text);
		return found.get(0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Es wird angenommen, dass Pjöngjang über 10.000 Truppen entsandt hat.; 10000; MORE_THAN; Truppen",
			"Die USA tragen die Lasten für die 28.500 in Südkorea stationierten US-Soldaten.; 28500; EXACT; ",
			"Das Arsenal umfasst etwa 3,4 Millionen Geschosse.; 3400000; APPROXIMATELY; Geschosse",
			"Die Bank benötigt 1,5 Milliarden Euro.; 1500000000; EXACT; Euro",
			"Die Zustimmung liegt bei 60 Prozent.; 60; EXACT; Prozent",
			"Eine Umfrage ergab, dass 82 % der Südkoreaner dagegen sind.; 82; EXACT; Prozent",
			"Die Pensionen stiegen um 0,8 Prozentpunkte weniger.; 0.8; EXACT; Prozentpunkte",
			"Das Arsenal umfasst 155 mm Artillerie.; 155; EXACT; mm",
			"Es leben drei Millionen Menschen dort.; 3000000; EXACT; Menschen",
			"Die Stadt zählt eine halbe Million Einwohner.; 500000; EXACT; Einwohner",
			"Der Schaden liegt bei rund einer halben Milliarde Euro.; 500000000; APPROXIMATELY; Euro",
			"Ein halbes Dutzend Menschen wurde verletzt.; 6; EXACT; Menschen",
			"Es kamen zwei Dutzend Gäste.; 24; EXACT; Gäste",
			"Sie warteten sieben Tage.; 7; EXACT; Tage",
			"Er sprach mit zwölf Ministern.; 12; EXACT; Ministern",
			"Es kamen zwanzig Besucher.; 20; EXACT; Besucher",
			"Es kamen hundert Besucher.; 100; EXACT; Besucher",
			"Es kamen dreitausendfünfhundert Besucher.; 3500; EXACT; Besucher",
			"Während des Gaza-Krieges starben mehr als 2.200 Palästinenser.; 2200; MORE_THAN; Palästinenser",
			"Nordkorea hat mindestens 10.000 Container geliefert.; 10000; AT_LEAST; Container",
			"Erlaubt sind höchstens 50 Teilnehmer.; 50; AT_MOST; Teilnehmer",
			"Das Institut beschäftigt rund 500 Mitarbeiter.; 500; APPROXIMATELY; Mitarbeiter",
			"Die Drohne kostet ca. 1400 Euro.; 1400; APPROXIMATELY; Euro",
			"Es kamen knapp 3.000 Menschen.; 3000; APPROXIMATELY; Menschen",
			"Es gibt bis zu 500 Plätze.; 500; AT_MOST; Plätze",
			"Es kamen weniger als 20 Gäste.; 20; LESS_THAN; Gäste",
			"Es kamen Tausende Menschen.; 2000; AT_LEAST; Menschen",
			"Er erhielt eine Million Euro.; 1000000; EXACT; Euro",
			"Laut Geheimdienst sollen bereits 3.000 nordkoreanische Soldaten entsandt worden sein.; 3000; EXACT; Soldaten" })
	void findsValueQualifierAndUnit(String text, double value, Qualifier qualifier, String unit) {
		Quantity q = first(text);
		assertEquals(value, q.value(), 1e-6, text);
		assertEquals(qualifier, q.qualifier(), text);
		assertEquals(unit, q.unit(), text);
		assertFalse(q.ordinal());
	}

	@Test
	void countsTheNounOfANumberCompoundAfterIt() {
		assertEquals("Jährige", first("Unter ihnen sind auch zwei 17-Jährige.").unit());
		assertEquals("Zimmer-Wohnungen", first("Gebaut werden 40 3-Zimmer-Wohnungen.").unit());
	}

	@Test
	void aNumberOfTheNameBeforeACompoundCountsNothing() {
		assertTrue(finder.find("Die App kommt künftig auch auf Windows 10-Geräte.").isEmpty(), () -> finder.find("Windows 10-Geräte").toString());
		assertTrue(finder.find("Der Verkauf von Formel 1-Tickets beginnt.").isEmpty());
		assertEquals("Jährige", first("Gekommen sind Zwei 17-Jährige.").unit());
	}

	@Test
	void readsAPercentAdjectiveAsPercent() {
		Quantity surcharge = first("Die Arbeitgeber zahlen einen 0,45-prozentigen Zuschlag.");
		assertEquals("Prozent", surcharge.unit());
		assertEquals(0.45, surcharge.value(), 1e-9);
		assertEquals("Prozent", first("Es gilt ein 20-prozentiger Rabatt.").unit());
	}

	@Test
	void spanCoversQualifierNumberMultiplierAndAdjacentUnit() {
		String text = "Das Arsenal umfasst etwa 3,4 Millionen 105 mm Geschosse.";
		List<Quantity> found = finder.find(text);
		assertEquals("etwa 3,4 Millionen", text.substring(found.get(0).start(), found.get(0).end()));
		assertEquals("Geschosse", found.get(0).unit());
		assertEquals("105 mm", text.substring(found.get(1).start(), found.get(1).end()));
		String over = "Pjöngjang hat über 10.000 Truppen entsandt.";
		Quantity q = only(over);
		assertEquals("über 10.000 Truppen", over.substring(q.start(), q.end()));
	}

	@Test
	void rangesHaveBothEnds() {
		Quantity between = only("Männer im Alter zwischen 15 und 60 Jahren werden ausgebildet.");
		assertEquals(Qualifier.RANGE, between.qualifier());
		assertEquals(15, between.value());
		assertEquals(60, between.upperValue());
		assertEquals("Jahre", between.unit());
		Quantity percent = only("Er bezifferte die Chance mit 60 bis 70 Prozent.");
		assertEquals(Qualifier.RANGE, percent.qualifier());
		assertEquals(60, percent.value());
		assertEquals(70, percent.upperValue());
		assertEquals("Prozent", percent.unit());
		Quantity millions = only("Es geht um zwischen 3 und 5 Millionen Euro.");
		assertEquals(3_000_000, millions.value());
		assertEquals(5_000_000, millions.upperValue());
		assertEquals(Qualifier.AT_MOST, only("Es gibt bis zu 5 Plätze.").qualifier());
	}

	@Test
	void ordinalsAreNumbersButDaysOfMonthAreNot() {
		Quantity third = only("Dies war das dritte Telefongespräch zwischen Yoon Suk Yeol und Rutte.");
		assertTrue(third.ordinal());
		assertEquals(3, third.value());
		Quantity second = only("Trump wurde für eine zweite Amtszeit gewählt.");
		assertTrue(second.ordinal());
		assertEquals(2, second.value());
		Quantity place = only("Er belegte den 7. Platz.");
		assertTrue(place.ordinal());
		assertEquals(7, place.value());
		assertTrue(finder.find("Am 7. November erklärte der Präsident seine Haltung.").isEmpty());
		assertTrue(finder.find("Yoon telefonierte am 6. November mit Rutte.").isEmpty());
	}

	@Test
	void aSpelledOrdinalRanksTheNounAfterIt() {
		assertEquals("Runde", only("Sie steht in der dritten Runde.").unit());
		assertEquals("US-Open-Hürde", only("Sie hat die zweite US-Open-Hürde genommen.").unit());
	}

	@Test
	void anOrdinalUsedAsANounIsAPlace() {
		Quantity third = only("Er wurde bei der Europameisterschaft Dritter.");
		assertTrue(third.ordinal());
		assertEquals(3, third.value());
		assertEquals("Platz", third.unit());
		assertEquals("Platz", only("Sie kam als Zweite ins Ziel.").unit());
		assertTrue(finder.find("Die Daten gehen an Dritte.").isEmpty());
	}

	@Test
	void theOrdinalOfAClubsNameRanksNothing() {
		assertTrue(finder.find("Der 1. FC Köln empfängt am Samstag die Bayern.").isEmpty(), () -> finder.find("Der 1. FC Köln").toString());
		assertTrue(finder.find("Am Sonntag spielt der 1. FSV Mainz 05 auswärts.").stream().allMatch(q -> q.value() == 5));
		assertTrue(only("Er belegte den 1. Platz.").ordinal());
	}

	@Test
	void aNumberAfterANounOfRankIsTheRank() {
		Quantity place = only("Die Läuferin belegte bei ihrem Heimrennen Platz 12.");
		assertTrue(place.ordinal());
		assertEquals(12, place.value());
		assertEquals("Platz", place.unit());
		Quantity rank = only("Er landete auf Rang acht.");
		assertTrue(rank.ordinal());
		assertEquals(8, rank.value());
		assertFalse(only("Die Halle bietet Platz für 800 Besucher.").ordinal());
	}

	@Test
	void datesYearsTimesPhoneNumbersAndIdsAreNotQuantities() {
		assertTrue(finder.find("24.10.2024 11:32 Uhr").isEmpty());
		assertTrue(finder.find("Die Hamas herrscht seit 2007 im Gazastreifen.").isEmpty());
		assertTrue(finder.find("Im März 2015 wurde verkauft.").isEmpty());
		assertTrue(finder.find("Kostenlose Beratung 07930-2699").isEmpty());
		assertTrue(finder.find("Russland lieferte Kampfflugzeuge vom Typ MiG-29 und A380.").isEmpty());
		assertTrue(finder.find("Mehr unter https://baoquocte.vn/artikel-292891.html und www.allinrechner.at/2016").isEmpty());
		assertEquals(2000, only("Es kamen 2000 Menschen.").value());
		assertEquals(Qualifier.APPROXIMATELY, only("Es kamen rund 2000 Menschen.").qualifier());
	}

	@Test
	void findsTheNumbersOfASeedDocument() {
		String text = TestCorpus.seed("001");
		List<String> found = finder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
		assertEquals(List.of("über 10.000 Truppen", "82 %", "155 mm", "etwa 3,4 Millionen", "105 mm", "155 mm"), found);
	}

	@Test
	void phoneNumbersAreFound() {
		String text = "Kostenlose Beratung\n07930-2699\nTel. +43 1 531 70 oder (030) 1234567";
		assertEquals(List.of("07930-2699", "+43 1 531 70", "(030) 1234567"),
				PhoneNumberFinder.german().find(text).stream().map(s -> s.of(text)).toList());
		assertTrue(PhoneNumberFinder.german().find("Die Inflation lag bei 0,8 Prozent und 10.000 Menschen.").isEmpty());
	}

	@Test
	void compatibleQuantitiesCanDescribeTheSameAmount() {
		assertTrue(first("etwa 3,4 Millionen Geschosse").compatibleWith(first("3,4 Millionen Geschosse")));
		assertTrue(first("3,4 Millionen Geschosse").compatibleWith(first("3.400.000 Geschosse")));
		assertTrue(first("über 10.000 Truppen").compatibleWith(first("mehr als 10.000 Soldaten")));
		assertTrue(first("mindestens 10.000 Container").compatibleWith(first("12.000 Container")));
		assertTrue(first("rund 3.000 Soldaten").compatibleWith(first("3.200 Soldaten")));
		assertTrue(first("zwischen 15 und 60 Jahren").compatibleWith(first("40 Jahre")));
		assertTrue(first("Tausende Menschen").compatibleWith(first("3.000 Menschen")));
	}

	@Test
	void incompatibleQuantitiesContradictEachOther() {
		assertFalse(first("5.000 nordkoreanische Soldaten").compatibleWith(first("3.000 nordkoreanische Soldaten")));
		assertFalse(first("28 % der Südkoreaner").compatibleWith(first("82 % der Südkoreaner")));
		assertFalse(first("rund 3.000 Soldaten").compatibleWith(first("3.500 Soldaten")));
		assertFalse(first("mindestens 10.000 Container").compatibleWith(first("8.000 Container")));
		assertFalse(first("weniger als 20 Gäste").compatibleWith(first("25 Gäste")));
		assertFalse(first("60 Prozent").compatibleWith(first("60 Euro")));
		assertFalse(first("0,8 Prozentpunkte").compatibleWith(first("0,8 Prozent")));
		assertFalse(first("das dritte Telefonat").compatibleWith(first("3 Telefonate")));
	}

	@Test
	void datesAndQuantitiesFoundInOnePassAreThoseFoundApart() {
		for (Path file : TestCorpus.gnad()) {
			String text = TestCorpus.read(file);
			QuantityFinder.DatesAndQuantities both = finder.findWithDates(text);
			assertEquals(DateFinder.german().find(text), both.dates(), file.toString());
			assertEquals(finder.find(text), both.quantities(), file.toString());
		}
	}
}
