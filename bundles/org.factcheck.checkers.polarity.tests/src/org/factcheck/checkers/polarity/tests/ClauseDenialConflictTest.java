package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cited sentence that says every element of a claim that denies nothing, with a negation elsewhere
 * in the clause of the word realising the claim's verb (ist nicht für … gedacht, sondern …), neither
 * supports the claim, alone or with the sentence before it, nor leaves it unsourced: it conflicts.
 */
class ClauseDenialConflictTest {

	private static final CheckerHarness EVIDENCE = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	private static final CheckerHarness CHECKERS = EVIDENCE.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"router", "Netlink bietet Router für 80 Euro an\n\nDer Router, den man für 80 Euro im Handel kaufen kann, enthält vier Antennen. "
					+ "Er ist nicht für den Einsatz in großen Büros gedacht, sondern für kleine Wohnungen.\n",
			"router2", "Netlink bietet Router für 90 Euro an\n\nDer Router, den man für 90 Euro im Handel kaufen kann, enthält zwei Antennen. "
					+ "Er ist für den Einsatz in großen Büros gedacht und hat vier Anschlüsse.\n",
			"bus", "Meldung\n\nIch wusste nicht, wohin der letzte Bus fuhr.\n",
			"brand", "Brand in Lagerhalle\n\nDie Ursache des Brandes war ein Kurzschluss nicht, sagte ein Sprecher der Feuerwehr. "
					+ "Ermittler suchen nun nach Spuren von Brandstiftung.\n"));

	private static final String CLAIM = "Der WLAN-Router von Netlink ist für den Einsatz in großen Büros gedacht.";

	@Test
	void aNegationInTheClauseOfTheVerbDoesNotSupport() throws IOException {
		ClaimResult result = EVIDENCE.verify(CORPUS.store(), CLAIM, "router");
		assertTrue(CheckerHarness.findingsOf(result, EvidenceChecker.ID).stream()
				.noneMatch(f -> f.verdict() == Verdict.SUPPORTED && f.documentId().equals("router")), result::toString);
	}

	@Test
	void aNegationInTheClauseOfTheVerbConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), CLAIM, "router");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(PolarityChecker.ID, result.verdict().deciding().orElseThrow().checkerId());
	}

	@Test
	void theSameSentenceWithoutTheNegationSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				CLAIM, "router2");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	/**
	 * A source denying the act denies that it was done in some way: the cited document's closest
	 * sentence conflicts though it leaves the claim's word of manner unsaid.
	 */
	@Test
	void aNegatedActDeniesTheActDoneSo() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Ich wusste genau, wohin der letzte Bus fuhr.",
				"bus");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(PolarityChecker.ID, result.verdict().deciding().orElseThrow().checkerId());
	}

	/** A claim word of degree or frequency is no manner: selten is not denied by nicht in plain words. */
	@Test
	void anUnsaidDegreeIsNoManner() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Ich wusste selten, wohin der letzte Bus fuhr.",
				"bus");
		assertTrue(CheckerHarness.findingsOf(result, PolarityChecker.ID).stream()
				.noneMatch(f -> f.message().contains("in the clause of the claim's word")), result::toString);
	}

	@Test
	void aNegationInTheCopulaClauseOfThePredicativeNounDoesNotSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Ein Kurzschluss war die Ursache des Brandes.", "brand");
		assertTrue(result.verdictValue() != Verdict.SUPPORTED, result.verdict().reason());
	}
}
