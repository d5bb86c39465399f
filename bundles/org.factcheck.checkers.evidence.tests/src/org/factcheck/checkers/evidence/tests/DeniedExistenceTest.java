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
 * A sentence saying that a thing of the claim does not exist (…, dass es Zahlen zur Wertschöpfung
 * nicht gebe) does not state what the claim says of that thing, whatever other words it shares.
 */
class DeniedExistenceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tirol", "Tourismus in Tirol\n\nAus der Statistikabteilung des Landes Tirol wird ausgerichtet, dass es Zahlen zur Wertschöpfung nicht gebe.\n",
			"salzburg", "Tourismus in Salzburg\n\nAus der Statistikabteilung des Landes Salzburg wird ausgerichtet, dass es Zahlen zur Wertschöpfung gebe.\n"));

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aDeniedThingIsNotHad() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Statistikabteilung des Landes Tirol verfügt über Zahlen zur Wertschöpfung.", "tirol");
	}

	@Test
	void theSameSentenceWithoutTheDenialStatesIt() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Statistikabteilung des Landes Salzburg verfügt über Zahlen zur Wertschöpfung.", "salzburg");
	}
}
