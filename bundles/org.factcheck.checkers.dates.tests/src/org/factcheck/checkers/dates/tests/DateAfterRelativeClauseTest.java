package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A date after a relative clause belongs to the clause the relative clause interrupts (dass sie mit
 * der Vorbereitung für Gäste, die im Sommer anreisen, bereits am 1. Mai fertig sein werde): another
 * date there conflicts with the claim.
 */
class DateAfterRelativeClauseTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"visa", "Visa\n\nDie Stadtverwaltung will die Anmeldung ab 1. Juni vereinfachen.\n\n"
					+ "Die Stadtverwaltung hat Donnerstag erklärt, dass sie mit der technischen Vorbereitung einer Online-Anmeldung für Gäste, die im Sommer anreisen, bereits am 1. Mai fertig sein werde.\n"));

	@Test
	void anotherDateAfterTheRelativeClauseConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Stadtverwaltung erklärte, sie werde mit der Vorbereitung einer Online-Anmeldung für Gäste bereits am 1. Juni fertig sein.", "visa");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameDateAfterTheRelativeClauseSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Stadtverwaltung erklärte, sie werde mit der Vorbereitung einer Online-Anmeldung für Gäste bereits am 1. Mai fertig sein.", "visa");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
