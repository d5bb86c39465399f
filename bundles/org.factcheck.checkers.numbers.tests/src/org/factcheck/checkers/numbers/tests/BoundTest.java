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
 * Bounds from the same side (bis zu, mehr als) give a figure: a claim bound far from the source's
 * conflicts, whether the source's bound lies within it or it within the source's (a report gives a
 * lower bound close to the figure: mehr als 2.000 does not leave room for more than 20.000); one a
 * little tighter is not said by it.
 */
class BoundTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("umweg",
			"Bahn\n\nDer Umweg über Bulgarien kostet pro Zug bis zu 10.000 Euro mehr.\n\n"
					+ "Zur Messe kamen mehr als 2.000 Besucher aus dem Ausland.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "umweg");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameUpperBoundSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Umweg über Bulgarien kostet pro Zug bis zu 10.000 Euro mehr.");
	}

	@Test
	void anUpperBoundTenTimesTheSourcesConflicts() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "Der Umweg über Bulgarien kostet pro Zug bis zu 100.000 Euro mehr.");
	}

	@Test
	void aLowerBoundFarBelowTheSourcesConflicts() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Zur Messe kamen mehr als 2.000 Besucher aus dem Ausland.");
		assertVerdict(Verdict.CONFLICTING, "Zur Messe kamen mehr als 200 Besucher aus dem Ausland.");
	}

	@Test
	void aLowerBoundFarAboveTheSourcesConflicts() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "Zur Messe kamen mehr als 20.000 Besucher aus dem Ausland.");
	}

	@Test
	void aLowerBoundALittleAboveTheSourcesIsNotSaid() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Zur Messe kamen mehr als 3.000 Besucher aus dem Ausland.");
	}
}
