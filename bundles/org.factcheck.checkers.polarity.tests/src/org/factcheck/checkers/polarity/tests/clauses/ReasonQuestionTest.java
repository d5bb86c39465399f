package org.factcheck.checkers.polarity.tests.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.checkers.polarity.clauses.ReasonQuestion;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question for the reason of a statement presupposes the statement (Warum gilt die Regel nicht
 * für das Büro? says that it does not), on hand-written German sentences; rhetorical questions with a
 * modal, suggestions and questions for anything but the reason do not.
 */
class ReasonQuestionTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("regel", "Hausordnung\n\nWarum gilt die Regel nicht für das Büro im Keller?\n");
		documents.put("zug", "Fahrgäste\n\nAlso warum ist der Zug aus Berlin so spät angekommen?\n");
		documents.put("rhetorisch", "Hausordnung\n\nWarum sollte die Regel nicht für das Büro im Keller gelten?\n");
		documents.put("vorschlag", "Besprechung\n\nWarum fängst du nicht mit dem Bericht über die Messe an?\n");
		documents.put("wann", "Hausordnung\n\nWann gilt die Regel nicht für das Büro im Keller?\n");
		return documents;
	}

	private static boolean presupposes(String sentence) {
		AnalyzedText text = TextAnalyzer.german().analyze(sentence);
		return ReasonQuestion.presupposes(text.tokens(), text.tags());
	}

	@Test
	void aQuestionForTheReasonPresupposesWhatItAsksAbout() {
		assertTrue(presupposes("Warum gilt die Regel nicht für das Büro im Keller?"));
		assertTrue(presupposes("Also warum ist der Zug aus Berlin so spät angekommen?"));
	}

	@Test
	void rhetoricalQuestionsSuggestionsAndOtherQuestionsPresupposeNothing() {
		assertFalse(presupposes("Warum sollte die Regel nicht für das Büro im Keller gelten?"));
		assertFalse(presupposes("Warum fängst du nicht mit dem Bericht über die Messe an?"));
		assertFalse(presupposes("Wann gilt die Regel nicht für das Büro im Keller?"));
		assertFalse(presupposes("Warum nicht gleich ein neues Büro?"));
		assertFalse(presupposes("Die Regel gilt nicht für das Büro im Keller."));
	}

	@Test
	void theDenialAQuestionForTheReasonPresupposesConflicts() throws IOException {
		assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Regel gilt für das Büro im Keller.", "regel"));
	}

	@Test
	void whatAQuestionForTheReasonPresupposesIsNotDenied() throws IOException {
		assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Zug aus Berlin ist nicht spät angekommen.", "zug"));
	}

	@Test
	void aRhetoricalQuestionWithAModalDeniesNothing() throws IOException {
		assertNoConflict(CHECKERS.verify(CORPUS.store(), "Die Regel gilt für das Büro im Keller.", "rhetorisch"));
	}

	@Test
	void aSuggestionDeniesNothing() throws IOException {
		assertNoConflict(CHECKERS.verify(CORPUS.store(), "Du fängst mit dem Bericht über die Messe an.", "vorschlag"));
	}

	@Test
	void aQuestionForTheTimeDeniesNothing() throws IOException {
		assertNoConflict(CHECKERS.verify(CORPUS.store(), "Die Regel gilt für das Büro im Keller.", "wann"));
	}

	private static void assertPolarityConflict(ClaimResult result) {
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
		Finding finding = result.verdict().deciding().orElseThrow();
		assertEquals(PolarityChecker.ID, finding.checkerId(), finding.message());
	}

	private static void assertNoConflict(ClaimResult result) {
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
