package org.factcheck.checkers.numbers.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.deciding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;

/** The number checker, together with the evidence checker, on real seed and news sentences. */
class NumberCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	private static void assertConflict(ClaimResult result, String statedNumber) {
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		Finding finding = deciding(result);
		assertEquals(NumberChecker.ID, finding.checkerId());
		assertTrue(finding.evidence().stream().anyMatch(e -> e.text().equals(statedNumber)), finding.evidence().toString());
	}

	@Test
	void anotherCountOfTheSameThingConflictsEvenAfterAParticiplePhrase() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(), "In Südkorea sind 18.500 US-Soldaten stationiert.",
				TestCorpora.SEED_000), "28.500");
	}

	@Test
	void sameCountSupportsAndSaysWhichNumbersMatched() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "In Südkorea sind 28.500 US-Soldaten stationiert.",
				TestCorpora.SEED_000);
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertTrue(result.findings().stream().anyMatch(f -> f.checkerId().equals(NumberChecker.ID)
				&& f.verdict() == Verdict.SUPPORTED && f.message().contains("28.500")), result.findings().toString());
	}

	@Test
	void numberForSomethingElseInTheSameSentenceIsNotConfused() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Südkorea verfügt über etwa 3,4 Millionen Geschosse im Kaliber 105 mm.", TestCorpora.SEED_001);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aNameInTheGenitiveCountsAsMentioned() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse des Kalibers 105 mm.", TestCorpora.SEED_001);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void percentSignAndProzentAreTheSameUnit() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Laut einer aktuellen Umfrage sind 72 Prozent der Südkoreaner gegen die Lieferung von Waffen an die Ukraine.",
				TestCorpora.SEED_001), "82 %");
	}

	@Test
	void compatibleQualifiersSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Nordkorea hat mehr als 10.000 Container nach Russland geliefert.", TestCorpora.SEED_004);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void incompatibleQualifierConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Nordkorea hat weniger als 5.000 Container nach Russland geliefert.", TestCorpora.SEED_004),
				"mindestens 10.000 Container");
	}

	@Test
	void spelledNumbersAreNumbers() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Es wird angenommen, dass Pjöngjang über zehntausend Truppen entsandt hat.", TestCorpora.SEED_001);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void ordinalsAreCompared() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Es war das vierte Telefongespräch zwischen Yoon Suk Yeol und Rutte in weniger als einem Monat.",
				TestCorpora.SEED_000);
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(NumberChecker.ID, deciding(result).checkerId());
	}

	@Test
	void percentagesInRealNews() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Laut Arbeitsklimaindex haben bereits 28 Prozent der Arbeiter einen All-in-Vertrag.", "gnad-0001"),
				"18 Prozent");
	}

	@Test
	void claimWithoutNumbersGetsNoNumberFinding() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Die USA bestätigten Berichte über nordkoreanische Truppen.",
				TestCorpora.SEED_003);
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(NumberChecker.ID)));
	}
}
