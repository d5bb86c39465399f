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

/** A sentence that denies the word realising the claim's verb or adjective does not support it. */
class LocalDenialTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"rat", "Verbraucher\n\nWir raten, der Bitte, teure Nummern anzurufen, keinesfalls zu folgen.\n\n"
					+ "Die Seuche ist eine wenig bekannte Krankheit.\n",
			"rat2", "Verbraucher\n\nWir raten, der Bitte, warme Decken zu spenden, sofort zu folgen.\n\n"
					+ "Die Grippe ist eine weithin bekannte Krankheit.\n",
			"regeln", "Prüfung\n\nWer die Regeln nicht kennt, wird wahrscheinlich keine Antworten auf diese Fragen haben.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aDeniedInfinitiveDoesNotSupport() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Behörde rät, der Bitte, teure Nummern anzurufen, zu folgen.", "rat");
		assertVerdict(Verdict.SUPPORTED, "Die Behörde rät, der Bitte, warme Decken zu spenden, zu folgen.", "rat2");
	}

	@Test
	void aDegreeSayingHardlyAtAllDoesNotSupport() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Seuche ist eine weithin bekannte Krankheit.", "rat");
		assertVerdict(Verdict.SUPPORTED, "Die Grippe ist eine weithin bekannte Krankheit.", "rat2");
	}

	@Test
	void aDenialInAnotherClauseOfTheClaimDoesNotLicenseIt() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Auch wenn sie die Regeln nicht kennen, können sie die Fragen beantworten.", "regeln");
	}
}
