package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A verb of refusal denies the act of its zu-infinitive (weigerte sich, … zu bezahlen): a sentence
 * saying so does not state that the act was done, states that it was not, and a sentence saying
 * the act was done does not state the refusal.
 */
class RefusedActTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"vorwurf", "Verein\n\nDer Trainer warf dem Vorstand vor, er habe das Angebot des Sponsors abgelehnt.\n",
			"kasse", "Praxis\n\nDie Ärzte protestieren, weil sich die Kasse weigert, das bereits genehmigte Medikament zu bezahlen.\n",
			"weigerung", "Haus\n\nDer Mieter weigerte sich, die Nebenkosten zu bezahlen.\n",
			"zahlung", "Wohnheim\n\nDie Studentin bezahlte die Stromrechnung.\n",
			"verzicht", "Verein\n\nDie Kassiererin verzichtete darauf, den Jahresbericht vorzulesen.\n",
			"urlaub", "Heim\n\nDer Rentner verzichtete auf den Urlaub, um die Arztrechnung zu bezahlen.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.findings().toString());
	}

	@Test
	void aRefusedActIsNotStatedAsDone() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Mieter bezahlte die Nebenkosten.", "weigerung");
		assertVerdict(Verdict.UNSOURCED, "Die Kassiererin las den Jahresbericht vor.", "verzicht");
	}

	@Test
	void aRefusalIsNotStatedByTheActDone() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Studentin weigerte sich, die Stromrechnung zu bezahlen.", "zahlung");
	}

	@Test
	void aRefusalStatesThatTheActWasNotDone() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Mieter bezahlte die Nebenkosten nicht.", "weigerung");
	}

	/** zu haben after a verb of refusal is its own auxiliary, not a refused act. */
	@Test
	void aRefusalInAZuInfinitiveRefusesNoAuxiliary() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Trainer warf dem Vorstand vor, das Angebot des Sponsors abgelehnt zu haben.", "vorwurf");
	}

	/** A refusal in a clause of reason, its zu-infinitive opened by an article. */
	@Test
	void aRefusalStatesTheSameRefusal() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Kasse weigert sich, das bereits genehmigte Medikament zu bezahlen.", "kasse");
		assertVerdict(Verdict.UNSOURCED, "Die Kasse bezahlt das bereits genehmigte Medikament.", "kasse");
	}

	/** um … zu gives a purpose, which the sentence does not deny. */
	@Test
	void aPurposeIsNoRefusedAct() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Rentner verzichtete auf den Urlaub, um die Arztrechnung zu bezahlen.", "urlaub");
	}
}
