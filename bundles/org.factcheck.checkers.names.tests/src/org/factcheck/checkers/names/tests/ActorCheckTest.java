package org.factcheck.checkers.names.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.deciding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.names.NameChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A source that says all the claim says but credits the act to another doer conflicts: another
 * antecedent of a relative clause, another subject of a gapped clause, the claim's subject as the
 * object. The doer the source gives is supported.
 */
class ActorCheckTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("sport",
			"Handball\n\nLisa Wagner spielt seit drei Jahren in der Liga. "
					+ "Im Juni hatte sie den Rekord an Tom Keller verloren, der in Halle in einem Spiel 40 Tore schoss.\n\n"
					+ "Wien schickte den Bürgermeister Karl Huber, Graz seine Stadträtin Eva Moser zur Eröffnung.\n\n"
					+ "Titelverteidiger ist Paul Berger, der im Finale den Spanier Pablo Ruiz bezwang.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "sport");
	}

	private static void assertConflictByNames(String claim) throws IOException {
		ClaimResult result = verify(claim);
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(NameChecker.ID, deciding(result).checkerId());
	}

	@Test
	void anotherAntecedentOfTheRelativeClauseConflicts() throws IOException {
		assertConflictByNames("Lisa Wagner schoss in Halle in einem Spiel 40 Tore.");
		assertEquals(Verdict.SUPPORTED, verify("Tom Keller schoss in Halle in einem Spiel 40 Tore.").verdictValue());
	}

	@Test
	void anotherSubjectOfAGappedClauseConflicts() throws IOException {
		assertConflictByNames("Graz schickte den Bürgermeister Karl Huber zur Eröffnung.");
		assertEquals(Verdict.SUPPORTED, verify("Graz schickte seine Stadträtin Eva Moser zur Eröffnung.").verdictValue());
	}

	@Test
	void theClaimsSubjectAsTheObjectConflicts() throws IOException {
		assertConflictByNames("Im Finale bezwang Pablo Ruiz Paul Berger.");
		assertEquals(Verdict.SUPPORTED, verify("Im Finale bezwang Paul Berger Pablo Ruiz.").verdictValue());
	}
}
