package org.factcheck.checkers.quote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.quote.QuoteChecker;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.junit.jupiter.api.Test;

/** The quote checker on real passages of the seed articles. */
class QuoteCheckerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(QuoteChecker.ID, QuoteChecker::new);

	private static List<Finding> check(String document, String quote) throws IOException {
		return check("Die Quelle wird zitiert.", document, quote);
	}

	private static List<Finding> check(String text, String document, String quote) throws IOException {
		Claim claim = new Claim("c", text, List.of(Citation.of(document, quote)), Optional.empty());
		return CheckerHarness.findingsOf(CHECKERS.verify(TestCorpora.seedStore(), claim), QuoteChecker.ID);
	}

	private static Finding single(String document, String quote) throws IOException {
		List<Finding> findings = check(document, quote);
		assertEquals(1, findings.size(), findings.toString());
		return findings.get(0);
	}

	private static void assertEvidenceIsDocumentText(Finding finding) throws IOException {
		CorpusStore store = TestCorpora.seedStore();
		for (Evidence evidence : finding.evidence()) {
			String text = store.content(evidence.documentId()).orElseThrow().getText();
			assertEquals(text.substring(evidence.start(), evidence.end()), evidence.text());
		}
	}

	@Test
	void verbatimPassageSupports() throws IOException {
		Finding finding = single(TestCorpora.SEED_004, "Jedes Land muss seine eigene Entscheidung darüber treffen");
		assertEquals(Verdict.SUPPORTED, finding.verdict());
		assertEquals("Jedes Land muss seine eigene Entscheidung darüber treffen", finding.evidence().get(0).text());
		assertEvidenceIsDocumentText(finding);
	}

	@Test
	void whitespaceCaseAndQuotationMarksAreNormalised() throws IOException {
		Finding finding = single(TestCorpora.SEED_004, "\u201Ejedes  Land muss seine eigene\nEntscheidung darüber treffen\u201C");
		assertEquals(Verdict.SUPPORTED, finding.verdict());
		assertEvidenceIsDocumentText(finding);
	}

	@Test
	void changedWordIsAMisquote() throws IOException {
		Finding finding = single(TestCorpora.SEED_004, "Kein Land muss seine eigene Entscheidung darüber treffen");
		assertEquals(Verdict.CONFLICTING, finding.verdict());
		assertTrue(finding.message().contains("kein \u2192 jedes"), finding.message());
		assertTrue(finding.confidence() > 0.95, "a misquote outweighs word overlap");
		assertEvidenceIsDocumentText(finding);
	}

	@Test
	void changedNumberIsAMisquote() throws IOException {
		Finding finding = single(TestCorpora.SEED_003, "bereits 5.000 nordkoreanische Soldaten nach Russland entsandt");
		assertEquals(Verdict.CONFLICTING, finding.verdict());
		assertTrue(finding.message().contains("5.000 \u2192 3.000"), finding.message());
	}

	@Test
	void shortMisquoteIsFoundInTheSentenceThatMakesTheClaimsStatement() throws IOException {
		List<Finding> findings = check("Miller bezeichnete die Bedrohung als \u201Eäußerst besorgniserregend\u201C.",
				TestCorpora.SEED_004, "äußerst besorgniserregend");
		assertEquals(1, findings.size(), findings.toString());
		Finding finding = findings.get(0);
		assertEquals(Verdict.CONFLICTING, finding.verdict(), finding.message());
		assertEquals("unglaublich besorgniserregend", finding.evidence().get(0).text());
		String text = TestCorpora.seedStore().content(TestCorpora.SEED_004).orElseThrow().getText();
		assertTrue(finding.evidence().get(0).start() > text.indexOf("unglaublich besorgniserregend"),
				"the headline repeats the words but does not name Miller");
		assertEvidenceIsDocumentText(finding);
	}

	@Test
	void otherInflectionOfTheSameWordsStillSupports() throws IOException {
		Finding finding = single(TestCorpora.SEED_004, "Jedes Land müsse seine eigene Entscheidung darüber treffen");
		assertEquals(Verdict.SUPPORTED, finding.verdict());
		assertTrue(finding.confidence() < 0.9, "weaker than a verbatim quote");
	}

	@Test
	void absentPassageDoesNotSupport() throws IOException {
		Finding finding = single(TestCorpora.SEED_002, "Wir werden Pjöngjang niemals Kampfflugzeuge verkaufen");
		assertEquals(Verdict.UNSOURCED, finding.verdict());
		assertTrue(finding.evidence().isEmpty());
	}

	@Test
	void passageInPageFurnitureIsNotEvidence() throws IOException {
		Finding finding = single(TestCorpora.SEED_003,
				"Ich bin damit einverstanden, per E-Mail über Produktneuheiten");
		assertEquals(Verdict.UNSOURCED, finding.verdict());
		assertTrue(finding.message().contains("page furniture"), finding.message());
	}

	@Test
	void quoteAttributedToTheSpeakerTheDocumentNamesSupports() throws IOException {
		List<Finding> findings = check("Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden.",
				TestCorpora.SEED_004, "Jedes Land muss seine eigene Entscheidung darüber treffen");
		assertEquals(Verdict.SUPPORTED, findings.get(0).verdict(), findings.toString());
	}

	@Test
	void quoteAttributedToSomeoneElseConflicts() throws IOException {
		List<Finding> findings = check("Blinken sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden.",
				TestCorpora.SEED_004, "Jedes Land muss seine eigene Entscheidung darüber treffen");
		assertEquals(Verdict.CONFLICTING, findings.get(0).verdict(), findings.toString());
		assertTrue(findings.get(0).message().contains("attributes the quoted words to Miller"), findings.get(0).message());
	}

	@Test
	void claimWithoutQuoteGetsNoFinding() throws IOException {
		Claim claim = new Claim("c", "Text", List.of(Citation.of(TestCorpora.SEED_004)), Optional.empty());
		assertTrue(new QuoteChecker().check(claim, null).isEmpty());
	}
}
