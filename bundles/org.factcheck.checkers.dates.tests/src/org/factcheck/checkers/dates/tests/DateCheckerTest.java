package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CostClass;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.run.VerificationEngine;
import org.junit.jupiter.api.Test;

/** The date checker, together with the evidence checker, on real seed and news sentences. */
class DateCheckerTest {

	private static final VerificationEngine ENGINE = new VerificationEngine(CheckerRegistry.of(List.of(
			new CheckerDescriptor(EvidenceChecker.ID, "Evidence", "", CostClass.NORMAL, true, "test", EvidenceChecker::new),
			new CheckerDescriptor(DateChecker.ID, "Dates", "", CostClass.NORMAL, true, "test", DateChecker::new))));

	private static ClaimResult verify(CorpusStore corpus, String text, String... cited) {
		return verify(corpus, text, null, cited);
	}

	private static ClaimResult verify(CorpusStore corpus, String text, LocalDate asOf, String... cited) {
		Claim claim = new Claim("c", text, List.of(cited).stream().map(Citation::of).toList(), Optional.ofNullable(asOf));
		return ENGINE.verify(claim, new StoreCorpusAccess(corpus), CheckerSelection.all(), () -> false);
	}

	private static Finding deciding(ClaimResult result) {
		return result.verdict().deciding().orElseThrow(() -> new AssertionError("nothing decided: " + result));
	}

	private static List<Finding> dateFindings(ClaimResult result) {
		return result.findings().stream().filter(f -> f.checkerId().equals(DateChecker.ID)).toList();
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
		Finding finding = assertConflict(verify(TestCorpora.seedStore(),
				"Präsident Yoon Suk Yeol telefonierte am 8. November mit Donald Trump.", TestCorpora.SEED_000),
				"Morgen des 7. November");
		assertTrue(finding.message().contains("the morning of 7 November"), finding.message());
		assertTrue(finding.message().contains("not 8 November"), finding.message());
	}

	@Test
	void anotherTimeOfDayConflicts() throws IOException {
		Finding finding = assertConflict(verify(TestCorpora.seedStore(),
				"Präsident Yoon Suk Yeol telefonierte am späten Abend des 7. November mit Donald Trump.",
				TestCorpora.SEED_000), "Morgen des 7. November");
		assertTrue(finding.message().contains("not the evening of 7 November"), finding.message());
	}

	@Test
	void sameDaySupports() throws IOException {
		Finding finding = assertDateSupport(verify(TestCorpora.seedStore(),
				"Präsident Yoon Suk Yeol telefonierte am 7. November mit Donald Trump.", TestCorpora.SEED_000));
		assertTrue(finding.message().contains("7 November"), finding.message());
	}

	@Test
	void monthAloneIsCompatibleWithTheDay() throws IOException {
		assertDateSupport(verify(TestCorpora.seedStore(),
				"Im November telefonierte Präsident Yoon Suk Yeol mit Donald Trump.", TestCorpora.SEED_000));
	}

	@Test
	void anotherYearConflicts() throws IOException {
		assertConflict(verify(TestCorpora.gnadStore(),
				"Thiem hat gegen Schwartzman auf der ATP-Tour im März 2016 in Miami gewonnen.", "gnad-0109"),
				"März 2015");
	}

	@Test
	void anotherWeekdayConflicts() throws IOException {
		assertConflict(verify(TestCorpora.seedStore(),
				"Putin und Kim unterzeichneten am Freitag in Pjöngjang ein umfassendes strategisches Partnerschaftsabkommen.",
				TestCorpora.SEED_004), "Mittwoch");
	}

	@Test
	void claimWithoutDatesGetsNoDateFinding() throws IOException {
		ClaimResult result = verify(TestCorpora.seedStore(), "Die USA bestätigten Berichte über nordkoreanische Truppen.",
				TestCorpora.SEED_003);
		assertTrue(dateFindings(result).isEmpty(), result.findings().toString());
	}
}
