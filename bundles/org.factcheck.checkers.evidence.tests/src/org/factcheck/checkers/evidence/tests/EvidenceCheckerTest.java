package org.factcheck.checkers.evidence.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.deciding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;

/** The evidence checker on claims about the seed articles. */
class EvidenceCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	private static ClaimResult verify(String text, String... cited) throws IOException {
		return CHECKERS.verify(TestCorpora.seedStore(), text, cited);
	}

	private static void assertEvidenceIsDocumentText(Finding finding) throws IOException {
		CorpusStore store = TestCorpora.seedStore();
		for (Evidence evidence : finding.evidence()) {
			String text = store.content(evidence.documentId()).orElseThrow().getText();
			assertEquals(text.substring(evidence.start(), evidence.end()), evidence.text());
		}
	}

	@Test
	void sentenceStatingTheClaimInOtherWordsSupportsIt() throws IOException {
		ClaimResult result = verify("Die USA bestätigten Berichte über nordkoreanische Truppen in Russland.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		Finding finding = deciding(result);
		assertTrue(finding.evidence().get(0).text().startsWith("Die USA bestätigten Berichte aus Südkorea"),
				finding.evidence().get(0).text());
		assertEvidenceIsDocumentText(finding);
	}

	@Test
	void uncitedClaimIsDecidedByTheWholeCorpus() throws IOException {
		ClaimResult result = verify("Yoon Suk Yeol telefonierte am 6. November mit Mark Rutte.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertEquals(TestCorpora.SEED_000, deciding(result).documentId());
	}

	@Test
	void claimNothingStatesIsUnsourced() throws IOException {
		ClaimResult result = verify("Die Europäische Union ernannte einen Sonderbeauftragten für Korea.");
		assertEquals(Verdict.UNSOURCED, result.verdictValue());
	}

	@Test
	void sentenceSharingOnlyTheNamesDoesNotStateTheClaimAndIsShownAsTheClosest() throws IOException {
		ClaimResult result = verify("Yoon Suk Yeol und Mark Rutte unterzeichneten ein Handelsabkommen.", TestCorpora.SEED_000);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
		String reason = result.verdict().reason();
		assertTrue(reason.startsWith("No sentence states it; closest is " + TestCorpora.SEED_000), reason);
		assertTrue(reason.contains("lacking") && reason.contains("unterzeichneten, Handelsabkommen"), reason);
		assertTrue(result.findings().stream().filter(f -> f.verdict() == Verdict.UNSOURCED)
				.allMatch(f -> f.evidence().size() == 1 && f.evidence().get(0).documentId().equals(TestCorpora.SEED_000)));
	}

	@Test
	void claimAddingDetailsTheSentenceDoesNotGiveIsUnsourced() throws IOException {
		ClaimResult result = verify("Die USA bestätigten im Juli geheime Berichte über nordkoreanische Truppen in Russland.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
		assertTrue(result.verdict().reason().contains("Juli"), result.verdict().reason());
	}

	@Test
	void claimQualifyingAThingTheSentenceNamesWithoutThatQualityIsUnsourced() throws IOException {
		ClaimResult result = verify("Die USA bestätigten glaubwürdige Berichte über nordkoreanische Truppen in Russland.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
		assertTrue(result.verdict().reason().contains("glaubwürdige"), result.verdict().reason());
	}

	@Test
	void claimDenyingWhatTheSentenceAffirmsIsNotStatedByIt() throws IOException {
		ClaimResult result = verify("Die USA bestätigten keine Berichte über nordkoreanische Truppen in Russland.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void claimSayingHowOftenIsNotStatedByASentenceThatDoesNot() throws IOException {
		ClaimResult result = verify("Die USA bestätigten oft Berichte über nordkoreanische Truppen in Russland.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void pageFurnitureIsNeverEvidence() throws IOException {
		ClaimResult result = verify("Kettner Edelmetalle bietet eine kostenlose Beratung und sicheren Versand.",
				TestCorpora.SEED_003);
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}
}
