package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same words and numbers in a clause that credits them to someone else (a relative clause, a
 * gapped clause) do not support a claim about another doer.
 */
class AnotherActorTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("sport",
			"Handball\n\nLisa Wagner spielt seit drei Jahren in der Liga. "
					+ "Im Juni hatte sie den Rekord an Tom Keller verloren, der in Halle in einem Spiel 40 Tore schoss.\n\n"
					+ "Wien schickte den Bürgermeister Karl Huber, Graz seine Stadträtin Eva Moser zur Eröffnung.\n\n"
					+ "Im Sommer besuchten mehr als 2.000 Gäste das Stadion am Fluss.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "sport");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theDoerOfTheRelativeClauseSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Tom Keller schoss in Halle in einem Spiel 40 Tore.");
	}

	@Test
	void anotherDoerThanTheRelativeClausesDoesNotSupport() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Lisa Wagner schoss in Halle in einem Spiel 40 Tore.");
	}

	@Test
	void aGappedClauseSupportsOnlyItsOwnPair() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Graz schickte seine Stadträtin Eva Moser zur Eröffnung.");
		assertVerdict(Verdict.UNSOURCED, "Graz schickte den Bürgermeister Karl Huber zur Eröffnung.");
	}

	@Test
	void aFocusParticleBeforeTheSubjectDoesNotMakeTheObjectItsDoer() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "Nur 20 Gäste besuchten im Sommer das Stadion.");
	}
}
