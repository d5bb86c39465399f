package org.factcheck.checkers.names.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.deciding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.names.NameChecker;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;

/** The names checker, together with the evidence checker, on real seed and news sentences. */
class NameCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	/** The claim conflicts, decided by the names checker, with the differing name as evidence. */
	private static Finding assertConflict(ClaimResult result, String statedName) {
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		Finding finding = deciding(result);
		assertEquals(NameChecker.ID, finding.checkerId());
		assertTrue(finding.evidence().stream().anyMatch(e -> e.text().contains(statedName)), finding.evidence().toString());
		return finding;
	}

	private static void assertNoNameConflict(ClaimResult result) {
		assertTrue(result.findings().stream()
				.noneMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.CONFLICTING),
				result.findings().toString());
	}

	@Test
	void anotherCityInTheSameStatementConflicts() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Cho sagte während einer parlamentarischen Anhörung in Busan, er glaube nicht, dass Südkorea tatenlos zusehen könne.",
				TestCorpora.SEED_003), "Seoul");
		assertTrue(finding.message().startsWith(TestCorpora.SEED_003 + " names another city, \u201ESeoul\u201C, where the claim says \u201EBusan\u201C"),
				finding.message());
	}

	@Test
	void anotherCityInRealNewsConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Außenminister Sergej Lawrow sagte am Dienstag bei einer UN-Konferenz in Wien, Terrorgruppen erlangten Zugang zu Unterlagen zur Herstellung solcher Waffen.",
				"gnad-0167"), "Genf");
	}

	@Test
	void anotherCountryConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Die USA bestätigten Berichte aus Japan und der Ukraine über nordkoreanische Truppen in Russland.",
				TestCorpora.SEED_003), "Südkorea");
	}

	@Test
	void anotherCountryInTheGenitiveConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Präsident Yoon äußerte die Bereitschaft, die Haltung Südkoreas aufgrund der Truppenverlegung Chinas nach Russland zu überdenken.",
				TestCorpora.SEED_001), "Nordkoreas");
	}

	@Test
	void anotherCountryAdjectiveConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Laut japanischem Geheimdienst sollen bereits 3.000 nordkoreanische Soldaten nach Russland entsandt worden sein.",
				TestCorpora.SEED_003), "südkoreanischem");
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Die USA bestätigten Berichte aus Südkorea und der Ukraine über chinesische Truppen in Russland.",
				TestCorpora.SEED_003), "nordkoreanische");
	}

	@Test
	void statementSpreadOverNeighbouringSentencesOfTheCitedDocumentConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Der schwedische Diplomat Peter Sörensen bedauerte im UNO-Menschenrechtsrat in Genf, dass Israel dem Berichterstatter Wibisono die Einreise verweigerte.",
				"gnad-0578"), "dänische");
	}

	@Test
	void anotherPersonConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Am Morgen des 7. November telefonierte Präsident Yoon Suk Yeol auch mit Joe Biden.", TestCorpora.SEED_000),
				"Donald Trump");
	}

	@Test
	void anotherPartyConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(),
				"Auf seiner Facebook-Seite wirbt ÖBB-Chef Christian Kern um Stimmen für den Wiener Bürgermeister Michael Häupl (ÖVP).",
				"gnad-0098"), "SPÖ");
	}

	@Test
	void anotherNewsAgencyConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Laut Reuters sagte ein japanischer Regierungssprecher, das Land sei zutiefst besorgt, dass das Abkommen eine militärtechnische Zusammenarbeit nicht ausschließe.",
				TestCorpora.SEED_004), "AFP");
	}

	@Test
	void postHeldBySomeoneElseConflicts() throws IOException {
		Finding finding = assertConflict(CHECKERS.verify(TestCorpora.seedStore(),
				"Südkoreas nationaler Sicherheitsberater ist Cho Tae Yul.", TestCorpora.SEED_004), "Song Ho-jin");
		assertTrue(finding.message().contains("not \u201ECho Tae Yul\u201C"), finding.message());
	}

	@Test
	void anotherOfficeOfTheSamePersonConflicts() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Sebastian Kurz ist Sprecher der deutschen Regierung."), "Außenminister");
	}

	@Test
	void headingAMinistryIsItsMinister() throws IOException {
		assertConflict(CHECKERS.verify(TestCorpora.gnadStore(), "Das Sozialministerium wird von Sebastian Kurz geleitet."), "Außenminister");
		ClaimResult result = CHECKERS.verify(TestCorpora.gnadStore(), "Die ÖBB werden von Christian Kern geleitet.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
		assertEquals(NameChecker.ID, deciding(result).checkerId());
	}

	@Test
	void roleInACompoundSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.gnadStore(), "Steffen Seibert ist Sprecher der deutschen Regierung.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
		assertTrue(result.findings().stream().anyMatch(f -> f.checkerId().equals(NameChecker.ID)
				&& f.verdict() == Verdict.SUPPORTED && f.message().contains("Regierungssprecher")), result.findings().toString());
	}

	@Test
	void spokeswomanOfTheMinistryInOneWordSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Maria Sacharowa ist Sprecherin des Außenministeriums.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
		assertTrue(nameSupport(result), result.findings().toString());
	}

	@Test
	void roleMentionDatedFarFromTheClaimsDateDoesNotCount() throws IOException {
		String claim = "Alfred Stingl ist Bürgermeister.";
		assertTrue(nameSupport(CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2003, 3, 1))), claim);
		assertTrue(!nameSupport(CHECKERS.verify(TestCorpora.gnadStore(), claim, LocalDate.of(2016, 3, 1))), claim);
	}

	private static boolean nameSupport(ClaimResult result) {
		return result.findings().stream().anyMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.SUPPORTED);
	}

	@Test
	void entityTheSentenceDoesNotMentionIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Die USA werfen Nordkorea vor, Russland in Kursk mit Munition und Waffen zu versorgen.", TestCorpora.SEED_003);
		assertNoNameConflict(result);
	}

	@Test
	void otherEntitiesOfTheSentenceAreNotConfusedWithTheClaims() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Berichte aus Südkorea über nordkoreanische Truppen in Russland wurden von den USA bestätigt.",
				TestCorpora.SEED_003);
		assertNoNameConflict(result);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void pronounForThePersonIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Außenminister Cho Tae Yul schloss nicht aus, dass Südkorea Waffenlieferungen an die Ukraine in Betracht ziehen könnte.",
				TestCorpora.SEED_003);
		assertNoNameConflict(result);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void descriptionOfThePersonIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Yoon Suk Yeol äußerte zudem Besorgnis über die Möglichkeit, dass Moskau Pjöngjang zurückzahlen würde.",
				TestCorpora.SEED_000);
		assertNoNameConflict(result);
	}

	@Test
	void documentStatingTheClaimElsewhereDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(),
				"Yoon Suk Yeol telefonierte mit NATO-Generalsekretär Mark Rutte.", TestCorpora.SEED_000);
		assertNoNameConflict(result);
	}

	@Test
	void claimWithoutNamesGetsNoNameFinding() throws IOException {
		ClaimResult result = CHECKERS.verify(TestCorpora.seedStore(), "Die Zusammenarbeit wird enge Kooperation mit verbündeten Nationen umfassen.",
				TestCorpora.SEED_001);
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(NameChecker.ID)));
	}
}
