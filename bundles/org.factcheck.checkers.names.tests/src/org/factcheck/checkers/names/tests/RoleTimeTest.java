package org.factcheck.checkers.names.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
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
 * A role held by another person in an undated document contradicts a claim about now, and a claim
 * as of a given date unless a sentence stating the claim dates it to a period including that date;
 * it may still confirm the claim's own role.
 */
class RoleTimeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("grenze",
			"Balkan\n\nUnterdessen drohte auch Serbiens Außenminister Ivica Dačić, die Grenzen zu schließen.\n"));

	@RegisterExtension
	static final HandWrittenCorpus DATED = HandWrittenCorpus.of(Map.of("grenze",
			"Balkan\n\nUnterdessen drohte auch Serbiens Außenminister Ivica Dačić, die Grenzen zu schließen.\n", "uno",
			"Uno\n\nVuk Jeremic war zwischen 2007 und Mitte 2012 Außenminister Serbiens.\n"));

	private static boolean namesConflict(ClaimResult result) {
		return result.findings().stream().anyMatch(f -> f.checkerId().equals(NameChecker.ID) && f.verdict() == Verdict.CONFLICTING);
	}

	@Test
	void anotherHolderInAnUndatedDocumentContradictsAClaimAboutNow() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Vuk Jeremic ist Außenminister Serbiens.", "grenze");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherHolderInAnUndatedDocumentContradictsAClaimAsOfADateNoSentenceDates() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Vuk Jeremic ist Außenminister Serbiens.", LocalDate.of(2010, 5, 1),
				"grenze");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherHolderInAnUndatedDocumentSaysNothingAboutADateAStatementIncludes() throws IOException {
		ClaimResult result = CHECKERS.verify(DATED.store(), "Vuk Jeremic ist Außenminister Serbiens.", LocalDate.of(2010, 5, 1),
				"grenze", "uno");
		assertTrue(!namesConflict(result), result.findings().toString());
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameHolderInAnUndatedDocumentStillConfirmsTheRole() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Ivica Dačić ist Außenminister Serbiens.", LocalDate.of(2015, 9, 1),
				"grenze");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
