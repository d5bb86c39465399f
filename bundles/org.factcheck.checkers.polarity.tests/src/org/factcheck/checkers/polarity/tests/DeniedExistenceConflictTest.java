package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * The cited document's closest sentence saying that a thing the claim names does not exist (…, dass
 * es Zahlen zur Wertschöpfung nicht gebe) conflicts with a claim that says something of that thing
 * (verfügt über Zahlen zur Wertschöpfung), unless the claim denies that thing too (ohne Gegenfinanzierung).
 */
class DeniedExistenceConflictTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tirol", "Tourismus in Tirol\n\nAus der Statistikabteilung des Landes Tirol wird ausgerichtet, dass es Zahlen zur Wertschöpfung nicht gebe.\n",
			"salzburg", "Tourismus in Salzburg\n\nAus der Statistikabteilung des Landes Salzburg wird ausgerichtet, dass es Zahlen zur Wertschöpfung gebe.\n",
			"budget", "Budget\n\nSofern es keine Gegenfinanzierung gibt, stiege das Defizit der Stadt im ersten Jahr um zwei Millionen Euro.\n"));

	@Test
	void aDeniedThingConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Statistikabteilung des Landes Tirol verfügt über Zahlen zur Wertschöpfung.", "tirol");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(PolarityChecker.ID, result.verdict().deciding().orElseThrow().checkerId());
	}

	@Test
	void theSameSentenceWithoutTheDenialSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Statistikabteilung des Landes Salzburg verfügt über Zahlen zur Wertschöpfung.", "salzburg");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aThingTheClaimDeniesWithOhneDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Ohne Gegenfinanzierung stiege das Defizit der Stadt im ersten Jahr um zwei Millionen Euro.", "budget");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
