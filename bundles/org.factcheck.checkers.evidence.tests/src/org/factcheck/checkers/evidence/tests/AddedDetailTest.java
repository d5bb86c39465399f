package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Details a claim adds that a sentence sharing its other words does not give: a comparative of
 * quantity the tagger takes for a determiner (wesentlich mehr Gäste), the first part of a compound
 * the sentence names by its head alone (das Rückspiel / das Spiel, unless the context gives it and
 * names no other kind), one part of a whole the sentence gives a figure for (in Liga und Cup 19
 * Tore), and how completely something was done (vollständig, teilweise).
 */
class AddedDetailTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"saison", "Saison\n\nDie Hotels am See ziehen Bilanz. Im Sommer kamen 40.000 Gäste, wesentlich weniger als im Vorjahr.\n",
			"derby", "Derby\n\nIm ersten Hinspiel der Vereinsgeschichte siegte der LASK, das Rückspiel folgt am 9. Mai. "
					+ "Nach dem 2:0 schien das Spiel in Linz entschieden, doch die Gäste kamen zurück.\n",
			"genf", "Verhandlungen\n\nIn Genf haben direkte Friedensgespräche der Konfliktparteien begonnen. "
					+ "Die Verhandlungen sollen zwei Wochen dauern.\n",
			"brauerei", "Übernahme\n\nDer Getränkekonzern Alpina hat die Brauerei in Hallein übernommen.\n",
			"druck", "Druckerei\n\nFür die Sonderausgabe wurde die Druckerfarbe mit Goldstaub vermischt.\n",
			"ried", "Fußball\n\nDer SV Ried empfängt am Samstag den LASK. Das Spiel des SV Ried ist seit Tagen ausverkauft.\n",
			"tore", "Stürmer\n\nDer Stürmer Hans Berger wechselte im Sommer nach Graz. Berger spielt seit 2019 für Sturm "
					+ "und erzielte in der vergangenen Saison in Liga und Cup 19 Tore.\n"));

	private static Verdict verdict(String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim);
		return result.verdictValue();
	}

	@Test
	void theOppositeComparativeOfQuantityDoesNotStateTheClaim() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Im Sommer kamen wesentlich mehr Gäste als im Vorjahr."));
		assertEquals(Verdict.SUPPORTED, verdict("Im Sommer kamen wesentlich weniger Gäste als im Vorjahr."));
	}

	@Test
	void aCompoundNamedByItsHeadAloneLacksItsFirstPart() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Das Rückspiel in Linz schien schon zur Pause entschieden."));
		assertEquals(Verdict.SUPPORTED, verdict("Das Spiel in Linz schien schon zur Pause entschieden."));
		assertEquals(Verdict.SUPPORTED, verdict("Die Friedensverhandlungen in Genf sollen zwei Wochen dauern."));
		assertEquals(Verdict.SUPPORTED, verdict("Für die Sonderausgabe wurde die Druckfarbe sorgfältig mit Goldstaub vermischt."),
				"Druckerfarbe is Druckfarbe with another linking form");
	}

	@Test
	void aPlaceNamedOnlyWithinAClubsNameIsNotThePlace() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Das Spiel in Ried ist seit Tagen ausverkauft."));
		assertEquals(Verdict.SUPPORTED, verdict("Das Spiel des SV Ried ist seit Tagen ausverkauft."));
	}

	@Test
	void aFigureForACoordinatedWholeDoesNotHoldForOnePart() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Hans Berger erzielte in der vergangenen Saison 19 Tore in der Liga."));
		assertEquals(Verdict.SUPPORTED, verdict("Hans Berger erzielte in der vergangenen Saison in Liga und Cup 19 Tore."));
	}

	@Test
	void howCompletelyItWasDoneIsADetail() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Alpina hat die Brauerei in Hallein vollständig übernommen."));
		assertNotEquals(Verdict.SUPPORTED, verdict("Alpina hat die Brauerei in Hallein teilweise übernommen."));
		assertEquals(Verdict.SUPPORTED, verdict("Alpina hat die Brauerei in Hallein übernommen."));
	}
}
