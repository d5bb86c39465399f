package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rank given after its noun (Platz 12, Rang acht) is the claim's ordinal (der 12. Platz), not a
 * bare number: it supports the same rank and conflicts with another, and another ordinal of the
 * sentence (bei ihrem dritten Start, der 27. Runde) is not the rank.
 */
class RankAfterNounTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("rennen",
			"Abfahrt in Kitzbühel\n\nDie Tirolerin Anna Berger belegte bei ihrem dritten Start in Kitzbühel Platz 12. "
					+ "Ihre Teamkollegin Lisa Mair fuhr auf Rang acht.\n"));

	@RegisterExtension
	static final HandWrittenCorpus PLACES = HandWrittenCorpus.of(Map.of("turnier",
			"Ringen in Bukarest\n\nSein bisher größter Erfolg war der siebente Platz bei der Europameisterschaft 2014 in Bukarest. "
					+ "Die topgesetzte Lea Hofer hat am Mittwoch die zweite US-Open-Hürde genommen und steht auf dem Weg zum "
					+ "historischen Grand Slam in der dritten Runde in New York.\n"));

	@RegisterExtension
	static final HandWrittenCorpus ROUND = HandWrittenCorpus.of(Map.of("runde",
			"Vorschau\n\nDer Hamburger SV hat zuletzt dreimal verloren.\n\n"
					+ "Programm der 27. Runde: Hamburger SV – Hoffenheim, Hertha BSC – FC Ingolstadt, Werder Bremen – Mainz 05.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		assertVerdict(expected, claim, CORPUS, "rennen");
	}

	private static void assertVerdict(Verdict expected, String claim, HandWrittenCorpus corpus, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(corpus.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameRankAfterItsNounSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Anna Berger belegte in Kitzbühel den 12. Platz.");
	}

	@Test
	void anotherRankConflicts() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "Anna Berger belegte in Kitzbühel den 15. Platz.");
	}

	@Test
	void aSpelledRankAfterItsNounSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Lisa Mair fuhr auf den achten Rang.");
	}

	@Test
	void aPlaceGivenAsANounConflictsWithAnotherPlace() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "Er wurde bei der Europameisterschaft 2014 in Bukarest Dritter.", PLACES, "turnier");
	}

	@Test
	void theOrdinalOfAnotherNounIsNotTheClaims() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Lea Hofer erreichte bei den US Open die dritte Runde.", PLACES, "turnier");
	}

	@Test
	void theOrdinalOfAnotherNounIsNotTheRank() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Hamburger SV belegt Platz zwölf der Tabelle.", ROUND, "runde");
	}
}
