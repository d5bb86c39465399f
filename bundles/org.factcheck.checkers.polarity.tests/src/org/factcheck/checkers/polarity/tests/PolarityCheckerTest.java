package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;

/** The polarity checker, together with the evidence checker, on real seed and news sentences. */
class PolarityCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	private static Finding assertConflict(ClaimResult result, String flippedWord) {
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		Finding finding = result.verdict().deciding().orElseThrow();
		assertEquals(PolarityChecker.ID, finding.checkerId(), finding.message());
		assertTrue(finding.evidence().stream().skip(1).anyMatch(e -> e.text().contains(flippedWord)),
				finding.evidence().toString());
		return finding;
	}

	private static void assertSupportedWithoutPolarityFinding(ClaimResult result) {
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)),
				result.findings().toString());
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void droppedNegationConflictsAndTheMessageSaysWhatFlipped() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Im Survival-Game Rust können sich Spieler das Geschlecht selbst aussuchen.", "gnad-0012"), "nicht");
		assertTrue(finding.message().startsWith("gnad-0012 negates it: \u201Enicht \u2026 aussuchen\u201C where the claim says "
				+ "\u201Eaussuchen\u201C: \u201ESeit kurzer Zeit"), finding.message());
	}

	@Test
	void droppedNegationOfAnAdjectiveWithUnConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(), "Cho Tae Yul kündigte an, dass die Regierung angesichts der "
				+ "Entsendung nordkoreanischer Truppen nach Russland untätig bleiben könne.", TestCorpora.SEED_003), "nicht");
	}

	@Test
	void addedNegationConflicts() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Die USA bestätigten Berichte über nordkoreanische Truppen in Russland nicht.", TestCorpora.SEED_003),
				"bestätigten");
		assertTrue(finding.message().contains("states it without the negation"), finding.message());
	}

	@Test
	void keinConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Cho unterstrich, dass Nordkorea durch seine Beteiligung am Ukraine-Konflikt Belohnungen erfahren sollte.",
				TestCorpora.SEED_002), "keinerlei");
	}

	@Test
	void claimDenyingWhatTheSourceStatesConflicts() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Südkorea besitzt keine Geschosse des Kalibers 105 mm.", TestCorpora.SEED_001), "Geschosse");
		assertTrue(finding.message().contains("states what the claim denies: \u201EGeschosse\u201C where the claim says "
				+ "\u201Ekeine Geschosse\u201C"), finding.message());
	}

	@Test
	void claimDenyingAllItsClauseSaysConflictsWhenTheVerbIsSplitOff() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Niemand konnte ein Telefongespräch zwischen Yoon Suk Yeol und Rutte bestätigen.", TestCorpora.SEED_000),
				"Telefongespräch");
		assertTrue(finding.message().contains("states what the claim denies"), finding.message());
	}

	@Test
	void negatedSeparableVerbConflictsWithItsParticle() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(), "Russland wies die Vorwürfe nicht zurück.",
				TestCorpora.SEED_003), "weist");
		assertTrue(finding.message().contains("\u201Eweist \u2026 zurück\u201C where the claim says \u201Ewies \u2026 nicht zurück\u201C"),
				finding.message());
	}

	@Test
	void oppositeSeparableVerbsConflict() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Platter stimmte dem Vorschlag des Ministeriums zu, Hubschrauber nach Tirol zu entsenden.", "gnad-0554"),
				"lehnte");
		assertTrue(finding.message().contains("says the opposite: \u201Elehnte \u2026 ab\u201C where the claim says "
				+ "\u201Estimmte \u2026 zu\u201C"), finding.message());
	}

	@Test
	void oppositeVerbConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Der FC Köln verlor gegen Mönchengladbach.", "gnad-0087"),
				"gewann");
	}

	@Test
	void oppositeVerbPhraseConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Die Bank will weltweit 9000 neue Jobs schaffen.", "gnad-0137"),
				"streichen");
	}

	@Test
	void verbPhrasesOfTheSamePoleDoNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.gnadStore(), "Die Bank will weltweit 9000 Jobs abbauen.", "gnad-0137");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)),
				result.findings().toString());
	}

	@Test
	void oppositeNounConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Der russische Vorschlag von Parlaments- und Präsidentenwahlen stieß auf Zustimmung.", "gnad-0031"),
				"Ablehnung");
	}

	@Test
	void oppositeCompoundConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Der US-Technologieriese rechnet im laufenden Vierteljahr mit dem ersten Umsatzanstieg seit 13 Jahren.",
				"gnad-0356"), "Umsatzrückgang");
	}

	@Test
	void oppositeAdjectiveConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Sowohl die Exporte als auch die Importe stiegen stärker als seit dem Frühjahr 2015.", "gnad-0129"),
				"schwächer");
	}

	@Test
	void oppositeParticipleConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Nowotny warnt vor einer möglichen Wettbewerbsverzerrung "
				+ "durch die sinkenden Abgaben für die heimischen Banken.", "gnad-0867"), "steigenden");
	}

	@Test
	void oppositeQuantityOfTheSameThingConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Strugl sehe bei der FPÖ weniger Reformorientierung als bei der SPÖ.",
				"gnad-0414"), "mehr");
	}

	@Test
	void sentenceThatNamesThePersonByAPronounConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Michael Strugl hält etwas von der Variante Schwarz-Rot-Grün.",
				"gnad-0414"), "nichts");
	}

	@Test
	void doubleFlipsCancel() throws IOException {
		assertSupportedWithoutPolarityFinding(CHECKERS.verify(TestCorpora.gnadStore(),
				"Platter stimmte dem Vorschlag des Ministeriums nicht zu, Hubschrauber nach Tirol zu entsenden.", "gnad-0554"));
		assertTrue(CHECKERS.verify(TestCorpora.seedStore(), "Russland bestätigte die Vorwürfe nicht.", TestCorpora.SEED_003)
				.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)));
	}

	@Test
	void nichtNurSondernAuchIsNoNegation() throws IOException {
		assertSupportedWithoutPolarityFinding(CHECKERS.verify(TestCorpora.seedStore(), "Die Zusicherungen von Kim Jong Un "
				+ "verdeutlichen, dass Nordkorea bereit ist, Russland im Ukraine-Konflikt beizustehen.", TestCorpora.SEED_002));
	}

	@Test
	void negationInAnUnrelatedClauseDoesNotCount() throws IOException {
		assertSupportedWithoutPolarityFinding(CHECKERS.verify(TestCorpora.seedStore(),
				"Die Gespräche offenbaren eine tiefer gehende Partnerschaft zwischen beiden Ländern.", TestCorpora.SEED_002));
	}

	@Test
	void negationOfTheClauseThatReportsItIsNoFlip() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Cho sagte, Südkorea könne nicht tatenlos zusehen.",
				TestCorpora.SEED_003);
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)),
				result.findings().toString());
	}

	@Test
	void claimWithTheSamePolarityGetsNoFinding() throws IOException {
		assertSupportedWithoutPolarityFinding(CHECKERS.verify(TestCorpora.seedStore(), "Russland weist die Vorwürfe zurück.",
				TestCorpora.SEED_003));
	}
}
