package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CostClass;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.run.VerificationEngine;
import org.junit.jupiter.api.Test;

/** The number checker, together with the evidence checker, on real seed and news sentences. */
class NumberCheckerTest {

	private static final VerificationEngine ENGINE = new VerificationEngine(CheckerRegistry.of(List.of(
			new CheckerDescriptor(EvidenceChecker.ID, "Evidence", "", CostClass.NORMAL, true, "test", EvidenceChecker::new),
			new CheckerDescriptor(NumberChecker.ID, "Numbers", "", CostClass.NORMAL, true, "test", NumberChecker::new))));

	private static ClaimResult verify(CorpusStore corpus, String text, String... cited) {
		Claim claim = new Claim("c", text, List.of(cited).stream().map(Citation::of).toList(), Optional.empty());
		return ENGINE.verify(claim, new StoreCorpusAccess(corpus), CheckerSelection.all(), () -> false);
	}

	private static Finding deciding(ClaimResult result) {
		return result.verdict().deciding().orElseThrow(() -> new AssertionError("nothing decided: " + result));
	}

	private static void assertConflict(ClaimResult result, String statedNumber) {
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		Finding finding = deciding(result);
		assertEquals(NumberChecker.ID, finding.checkerId());
		assertTrue(finding.evidence().stream().anyMatch(e -> e.text().equals(statedNumber)), finding.evidence().toString());
	}

	@Test
	void anotherCountOfTheSameThingConflictsEvenAfterAParticiplePhrase() throws IOException {
		assertConflict(verify(TestCorpora.seedStore(), "In Südkorea sind 18.500 US-Soldaten stationiert.",
				TestCorpora.SEED_000), "28.500");
	}

	@Test
	void sameCountSupportsAndSaysWhichNumbersMatched() throws IOException {
		ClaimResult result = verify(TestCorpora.seedStore(), "In Südkorea sind 28.500 US-Soldaten stationiert.",
				TestCorpora.SEED_000);
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertTrue(result.findings().stream().anyMatch(f -> f.checkerId().equals(NumberChecker.ID)
				&& f.verdict() == Verdict.SUPPORTED && f.message().contains("28.500")), result.findings().toString());
	}

	@Test
	void numberForSomethingElseInTheSameSentenceIsNotConfused() throws IOException {
		ClaimResult result = verify(TestCorpora.seedStore(),
				"Südkorea verfügt über etwa 3,4 Millionen Geschosse im Kaliber 105 mm.", TestCorpora.SEED_001);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void percentSignAndProzentAreTheSameUnit() throws IOException {
		assertConflict(verify(TestCorpora.seedStore(),
				"Laut einer aktuellen Umfrage sind 72 Prozent der Südkoreaner gegen die Lieferung von Waffen an die Ukraine.",
				TestCorpora.SEED_001), "82 %");
	}

	@Test
	void compatibleQualifiersSupport() throws IOException {
		ClaimResult result = verify(TestCorpora.seedStore(),
				"Nordkorea hat mehr als 10.000 Container nach Russland geliefert.", TestCorpora.SEED_004);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void incompatibleQualifierConflicts() throws IOException {
		assertConflict(verify(TestCorpora.seedStore(),
				"Nordkorea hat weniger als 5.000 Container nach Russland geliefert.", TestCorpora.SEED_004),
				"mindestens 10.000 Container");
	}

	@Test
	void spelledNumbersAreNumbers() throws IOException {
		ClaimResult result = verify(TestCorpora.seedStore(),
				"Es wird angenommen, dass Pjöngjang über zehntausend Truppen entsandt hat.", TestCorpora.SEED_001);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void ordinalsAreCompared() throws IOException {
		ClaimResult result = verify(TestCorpora.seedStore(),
				"Es war das vierte Telefongespräch zwischen Yoon Suk Yeol und Rutte in weniger als einem Monat.",
				TestCorpora.SEED_000);
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(NumberChecker.ID, deciding(result).checkerId());
	}

	@Test
	void percentagesInRealNews() throws IOException {
		assertConflict(verify(TestCorpora.gnadStore(),
				"Laut Arbeitsklimaindex haben bereits 28 Prozent der Arbeiter einen All-in-Vertrag.", "gnad-0001"),
				"18 Prozent");
	}

	@Test
	void claimWithoutNumbersGetsNoNumberFinding() throws IOException {
		ClaimResult result = verify(TestCorpora.seedStore(), "Die USA bestätigten Berichte über nordkoreanische Truppen.",
				TestCorpora.SEED_003);
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(NumberChecker.ID)));
	}
}
