package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * Durations written as compound adjectives (der 38-jährige, die 38jährige, ein dreijähriger
 * Vertrag, die 20-minütige Rede, ein 5-tägiger Besuch) compare with the same duration written as a
 * number and a unit (38 Jahre, drei Jahre, 20 Minuten, fünf Tage), both ways.
 */
class CompoundDurationTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("sport",
			"Sport\n\nDer 38-jährige Torhüter Hans Brandner beendet nach dieser Saison seine Karriere.\n\n"
					+ "Die 41jährige Trainerin Petra Wolf übernimmt die Mannschaft.\n\n"
					+ "Der Stadtrat Otto Keller ist 52 Jahre alt und sitzt im Rathaus von Linz.\n\n"
					+ "Der Sänger Paul Ried gab neun Jahre nach seinem Abschied ein Konzert in Graz.\n",
			"vertrag", "Transfer\n\nEin dreijähriger Vertrag bindet den Stürmer Ilija Markovic an den Verein.\n",
			"politik", "Politik\n\nDie 20-minütige Rede der Ministerin wurde mehrmals von Zwischenrufen unterbrochen.\n\n"
					+ "Der Präsident beginnt am Montag einen 5-tägigen Besuch in Kanada.\n",
			"heim", "Heim\n\n30 junge Asylwerber sind derzeit im Heim in Leoben untergebracht. "
					+ "Unter ihnen sind auch zwei 16-Jährige.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		assertVerdict(expected, claim, "sport");
	}

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anAgeWithAHyphenIsTheNumberOfYears() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der 38 Jahre alte Torhüter Hans Brandner beendet nach dieser Saison seine Karriere.");
		assertVerdict(Verdict.CONFLICTING, "Der 39 Jahre alte Torhüter Hans Brandner beendet nach dieser Saison seine Karriere.");
	}

	@Test
	void anAgeStatedInFewWords() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Hans Brandner ist 38 Jahre alt.");
		assertVerdict(Verdict.CONFLICTING, "Hans Brandner ist 39 Jahre alt.");
	}

	@Test
	void anAgeWithoutAHyphenIsTheNumberOfYears() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die 41 Jahre alte Trainerin Petra Wolf übernimmt die Mannschaft.");
		assertVerdict(Verdict.CONFLICTING, "Die 45 Jahre alte Trainerin Petra Wolf übernimmt die Mannschaft.");
	}

	@Test
	void aSpelledDurationIsTheNumberOfYears() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Ein Vertrag über drei Jahre bindet den Stürmer Ilija Markovic an den Verein.", "vertrag");
		assertVerdict(Verdict.CONFLICTING, "Ein Vertrag über fünf Jahre bindet den Stürmer Ilija Markovic an den Verein.", "vertrag");
	}

	@Test
	void minutesAndDaysToo() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Rede der Ministerin dauerte 20 Minuten und wurde mehrmals von Zwischenrufen unterbrochen.", "politik");
		assertVerdict(Verdict.CONFLICTING, "Die Rede der Ministerin dauerte 45 Minuten und wurde mehrmals von Zwischenrufen unterbrochen.", "politik");
		assertVerdict(Verdict.SUPPORTED, "Der Präsident beginnt am Montag einen Besuch von fünf Tagen in Kanada.", "politik");
		assertVerdict(Verdict.CONFLICTING, "Der Präsident beginnt am Montag einen Besuch von zehn Tagen in Kanada.", "politik");
	}

	@Test
	void aCompoundInTheClaimComparesWithYearsInTheSource() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der 52-jährige Stadtrat Otto Keller sitzt im Rathaus von Linz.");
		assertVerdict(Verdict.CONFLICTING, "Der 53-jährige Stadtrat Otto Keller sitzt im Rathaus von Linz.");
	}

	@Test
	void anAgeIsNoSpanOfYears() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Sänger Paul Ried ist 38 Jahre alt.", "sport");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theYearsOfAContractAreNoAge() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Stürmer Ilija Markovic ist 24 Jahre alt.", "vertrag");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void wordsThatAreNoNumberStayAdjectives() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der langjährige Torhüter Hans Brandner beendet nach dieser Saison seine Karriere.", "sport");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aNumberBeforeACompoundCountsTheCompoundsNoun() throws IOException {
		assertNotEquals(Verdict.CONFLICTING,
				CHECKERS.verify(CORPUS.store(), "Unter den Asylwerbern im Heim in Leoben sind zwei 16-Jährige.", "heim").verdictValue());
	}
}
