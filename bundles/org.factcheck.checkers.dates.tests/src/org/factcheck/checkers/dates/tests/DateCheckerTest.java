package org.factcheck.checkers.dates.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.deciding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;

/** The date checker, together with the evidence checker, on real seed and news sentences. */
class DateCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(DateChecker.ID, DateChecker::new);

	private static List<Finding> dateFindings(ClaimResult result) {
		return CheckerHarness.findingsOf(result, DateChecker.ID);
	}

	private static Finding assertConflict(ClaimResult result, String statedDate) {
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		Finding finding = deciding(result);
		assertEquals(DateChecker.ID, finding.checkerId());
		assertTrue(finding.evidence().stream().anyMatch(e -> e.text().equals(statedDate)), finding.evidence().toString());
		return finding;
	}

	private static Finding assertDateSupport(ClaimResult result) {
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
		return dateFindings(result).stream().filter(f -> f.verdict() == Verdict.SUPPORTED).findFirst()
				.orElseThrow(() -> new AssertionError("no date support: " + result.findings()));
	}

	@Test
	void anotherDayConflicts() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Präsident Yoon Suk Yeol telefonierte am 8. November mit Donald Trump.", TestCorpora.SEED_000),
				"Morgen des 7. November");
		assertTrue(finding.message().contains("the morning of 7 November"), finding.message());
		assertTrue(finding.message().contains("not 8 November"), finding.message());
	}

	@Test
	void anotherTimeOfDayConflicts() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Präsident Yoon Suk Yeol telefonierte am späten Abend des 7. November mit Donald Trump.",
				TestCorpora.SEED_000), "Morgen des 7. November");
		assertTrue(finding.message().contains("not the evening of 7 November"), finding.message());
	}

	@Test
	void sameDaySupports() throws IOException {
		Finding finding = assertDateSupport(CHECKERS.verify(TestCorpora.seedStore(),
				"Präsident Yoon Suk Yeol telefonierte am 7. November mit Donald Trump.", TestCorpora.SEED_000));
		assertTrue(finding.message().contains("7 November"), finding.message());
	}

	@Test
	void monthAloneIsCompatibleWithTheDay() throws IOException {
		assertDateSupport(CHECKERS.verify(TestCorpora.seedStore(),
				"Im November telefonierte Präsident Yoon Suk Yeol mit Donald Trump.", TestCorpora.SEED_000));
	}

	@Test
	void anotherYearConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Thiem hat gegen Schwartzman auf der ATP-Tour im März 2016 in Miami gewonnen.", "gnad-0109"),
				"März 2015");
	}

	@Test
	void anotherWeekdayConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Putin und Kim unterzeichneten am Freitag in Pjöngjang ein umfassendes strategisches Partnerschaftsabkommen.",
				TestCorpora.SEED_004), "Mittwoch");
	}

	@Test
	void weekdayIsReadAgainstTheDocumentDate() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Am 2. Juni wurde bei Virgen in Osttirol ein 15-Jähriger bei einem Zusammenstoß zwischen einem Moped und einer Motocrossmaschine getötet.",
				"gnad-0781"), "Mittwochabend");
		assertTrue(finding.message().contains("Wednesday, 3 June 2015"), finding.message());
		assertDateSupport(CHECKERS.verify(TestCorpora.gnadStore(),
				"Am Abend des 3. Juni 2015 wurde bei Virgen in Osttirol ein 15-Jähriger bei einem Zusammenstoß zwischen einem Moped und einer Motocrossmaschine getötet.",
				"gnad-0781"));
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Am Morgen des 3. Juni wurde bei Virgen in Osttirol ein 15-Jähriger bei einem Zusammenstoß zwischen einem Moped und einer Motocrossmaschine getötet.",
				"gnad-0781"), "Mittwochabend");
	}

	@Test
	void weekdayWithoutDocumentDateIsNotReadAsADate() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Putin und Kim unterzeichneten am 18. Juni in Pjöngjang ein umfassendes strategisches Partnerschaftsabkommen.",
				TestCorpora.SEED_004);
		assertTrue(dateFindings(result).isEmpty(), result.findings().toString());
	}

	@Test
	void dateOfSomethingElseInTheSameSentenceIsNotConfused() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Am Montag erstach ein Attentäter in der Siedlung Otniel eine 38-jährige Israelin.", "gnad-0183"),
				"Sonntagabend");
		assertDateSupport(CHECKERS.verify(TestCorpora.gnadStore(),
				"Am Sonntagabend erstach ein Attentäter in der Siedlung Otniel eine 38-jährige Israelin.", "gnad-0183"));
		assertDateSupport(CHECKERS.verify(TestCorpora.gnadStore(),
				"Der Tunesier Abu al-Hija wurde am Mittwochabend tödlich getroffen.", "gnad-0165"));
	}

	@Test
	void clockTimesConflict() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Die Vernissage ist am Samstag um 17 Uhr.", "gnad-0024"),
				"Samstag um 19 Uhr");
	}

	@Test
	void dayInsideAPeriodIsCompatibleAndOutsideConflicts() throws IOException {
		assertDateSupport(CHECKERS.verify(TestCorpora.gnadStore(), "Vuk Jeremic war im Jahr 2010 Außenminister Serbiens.", "gnad-0090"));
		Finding finding = assertConflict(
				CHECKERS.verify(TestCorpora.gnadStore(), "Vuk Jeremic war im Jahr 2014 Außenminister Serbiens.", "gnad-0090"),
				"2007 und Mitte 2012");
		assertTrue(finding.message().contains("from 2007 to 2012"), finding.message());
	}

	@Test
	void sinceConflictsOnlyWhereTheStatementAppliesAtTheAsOfDate() throws IOException {
		String claim = "Charles Taylor ist seit 2011 Permanent Fellow am Wiener Institut für die Wissenschaften vom Menschen.";
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), claim, "gnad-0336"), "2009");
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2013, 6, 1), "gnad-0336"), "2009");
		ClaimResult before = CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2008, 6, 1), "gnad-0336");
		assertTrue(dateFindings(before).isEmpty(), before.findings().toString());
	}

	@Test
	void asOfWithoutDocumentDateComparesAsUsual() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Präsident Yoon Suk Yeol telefonierte am 8. November mit Donald Trump.", LocalDate.of(2024, 11, 30),
				TestCorpora.SEED_000), "Morgen des 7. November");
	}

	@Test
	void dateInTheNeighbouringSentenceSupportsButNeverConflicts() throws IOException {
		Finding finding = assertDateSupport(CHECKERS.verify(TestCorpora.seedStore(),
				"Yoon Suk Yeol traf am 27. November in Seoul eine von Verteidigungsminister Rustem Umerov geleitete Delegation aus der Ukraine.",
				TestCorpora.SEED_001));
		assertTrue(finding.evidence().stream().anyMatch(e -> e.text().equals("27. November")), finding.evidence().toString());
		ClaimResult other = CHECKERS.verify(TestCorpora.seedStore(),
				"Yoon Suk Yeol traf am 29. November in Seoul eine von Verteidigungsminister Rustem Umerov geleitete Delegation aus der Ukraine.",
				TestCorpora.SEED_001);
		assertTrue(dateFindings(other).isEmpty(), other.findings().toString());
	}

	@Test
	void claimWithoutDatesIsJudgedAtItsAsOfDateByTheStatedPeriod() throws IOException {
		String claim = "Vuk Jeremic ist Außenminister Serbiens.";
		Finding inside = assertDateSupport(CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2010, 5, 1), "gnad-0090"));
		assertTrue(inside.message().contains("includes the asof date 2010-05-01"), inside.message());
		Finding after = assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2014, 5, 1), "gnad-0090"),
				"2007 und Mitte 2012");
		assertTrue(after.message().contains("no longer held"), after.message());
		ClaimResult unscoped = CHECKERS.verify(TestCorpora.gnadStore(), claim, "gnad-0090");
		assertTrue(dateFindings(unscoped).isEmpty(), unscoped.findings().toString());
		ClaimResult past = CHECKERS.verify(TestCorpora.gnadStore(), "Vuk Jeremic war Außenminister Serbiens.",
				LocalDate.of(2014, 5, 1), "gnad-0090");
		assertTrue(dateFindings(past).isEmpty(), past.findings().toString());
	}

	@Test
	void stateThatBeginsAfterTheAsOfDateDidNotHoldYet() throws IOException {
		String claim = "Charles Taylor ist Permanent Fellow am Wiener Institut für die Wissenschaften vom Menschen.";
		Finding before = assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2008, 6, 1), "gnad-0336"),
				"2009");
		assertTrue(before.message().contains("did not hold yet"), before.message());
		assertDateSupport(CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2012, 6, 1), "gnad-0336"));
	}

	@Test
	void theTimeNextToTheSameWordsIsTheOneCompared() throws IOException {
		ClaimResult expiry = CHECKERS.verify(TestCorpora.gnadStore(),
				"Bei einem Sondertreffen in Brüssel lehnten die Geldgeber eine Verlängerung des am Dienstag auslaufenden Hilfsprogramms ab.",
				"gnad-0297");
		assertTrue(dateFindings(expiry).stream().noneMatch(f -> f.verdict() == Verdict.CONFLICTING),
				expiry.findings().toString());
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Am Freitag lehnten die Geldgeber bei einem Sondertreffen in Brüssel eine Verlängerung des Hilfsprogramms ab.",
				"gnad-0297"), "Samstag");
	}

	@Test
	void bracketedSignOffIsNotTheDateOfTheStatement() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.gnadStore(),
				"Am Dienstag sprach Serbiens Premierminister Aleksandar Vucic vom revolutionärsten Tag in der neueren serbischen Geschichte.",
				"gnad-0709");
		assertTrue(dateFindings(result).isEmpty(), result.findings().toString());
	}

	@Test
	void scoresAreNotClockTimes() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.gnadStore(),
				"Um 20 Uhr fügten sie den Wienern im Ernst Happel Stadion ihre bisher letzte Finalniederlage zu.",
				"gnad-0646");
		assertTrue(dateFindings(result).stream().noneMatch(f -> f.documentId().equals("gnad-0646")),
				result.findings().toString());
	}

	@Test
	void claimWithoutDatesGetsNoDateFinding() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Die USA bestätigten Berichte über nordkoreanische Truppen.",
				TestCorpora.SEED_003);
		assertTrue(dateFindings(result).isEmpty(), result.findings().toString());
	}
}
