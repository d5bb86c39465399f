package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cited sentence that says everything else the claim says but denies, right before it, the word
 * realising the claim's verb conflicts, even where the clause reading misses the negation (an
 * interrupted infinitive), and so does one that determines the thing the claim names with kein
 * (zu keinerlei Zwischenfällen). The cited document's closest sentence conflicts though the claim
 * adds a detail or two it does not give.
 */
class LocalDenialConflictTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"rat", "Verbraucher\n\nWir raten, der Bitte, teure Nummern anzurufen, keinesfalls zu folgen.\n",
			"rat2", "Verbraucher\n\nWir raten, der Bitte, warme Decken zu spenden, sofort zu folgen.\n",
			"markt", "Handel\n\nDie Supermarktkette kommentierte den Bericht: Gerne teilen wir mit, dass es zu keinerlei Zwischenfällen in unseren Filialen gekommen ist.\n",
			"regeln", "Prüfung\n\nWer die Regeln nicht kennt, wird wahrscheinlich keine Antworten auf diese Fragen haben.\n",
			"schulung", "Verkehr\n\nDie zweite Schulung hat die Fahrer nicht sicherer gemacht.\n"));

	@Test
	void aDeniedInfinitiveConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Wir raten, der Bitte, teure Nummern anzurufen, zu folgen.",
				"rat");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		Finding deciding = result.verdict().deciding().orElseThrow();
		assertEquals(PolarityChecker.ID, deciding.checkerId());
		assertTrue(deciding.message().startsWith("rat denies it with \u201Ekeinesfalls\u201C"), deciding.message());
	}

	@Test
	void theCitedDocumentsClosestSentenceConflictsThoughTheClaimAddsADetail() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Polizei in Graz rät, der Bitte, teure Nummern anzurufen, zu folgen.", "rat");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(PolarityChecker.ID, result.verdict().deciding().orElseThrow().checkerId());
	}

	@Test
	void theSameSentenceWithoutTheDenialSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Wir raten, der Bitte, warme Decken zu spenden, zu folgen.",
				"rat2");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aThingTheSourceDeniesWithKeinConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Supermarktkette bestätigte Zwischenfälle in ihren Filialen.", "markt");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		Finding deciding = result.verdict().deciding().orElseThrow();
		assertEquals(PolarityChecker.ID, deciding.checkerId());
		assertTrue(deciding.message().startsWith("markt denies it with \u201Ekeinerlei\u201C"), deciding.message());
	}

	@Test
	void aDenialInAnotherClauseOfTheClaimLeavesTheOtherClauseStated() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Auch wenn sie die Regeln nicht kennen, können sie die Fragen beantworten.", "regeln");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aDenialInTheMainClauseBearsOnTheClauseThatDependsOnIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Schulung hat nicht verbessert, wie sicher die Fahrer waren.",
				"schulung");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
