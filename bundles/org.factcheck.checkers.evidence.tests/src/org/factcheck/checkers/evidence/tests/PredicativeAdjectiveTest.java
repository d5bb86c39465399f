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
 * A claim without a full verb says its adjective of the subject (sollen gebührenpflichtig werden): a
 * sentence that shares the rest but says something else of the subject (sollen befreit bleiben)
 * does not state it, the adjective being no word it may leave out.
 */
class PredicativeAdjectiveTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"parken", "Parken\n\nAnrainer und Lieferwagen unter drei Tonnen sollen in der Altstadt von Gmünd auch künftig "
					+ "von der Parkgebühr befreit bleiben.\n",
			"museum", "Museum\n\nDas Stadtmuseum in Gmünd ist an Sonntagen kostenlos.\n"));

	private static Verdict verdict(String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		return result.verdictValue();
	}

	@Test
	void anotherPredicateOfTheSubjectStatesNothing() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict(
				"Anrainer und Lieferwagen unter drei Tonnen sollen in der Altstadt von Gmünd künftig gebührenpflichtig werden.", "parken"));
	}

	@Test
	void theSamePredicateSupports() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Das Stadtmuseum in Gmünd ist an Sonntagen kostenlos.", "museum"));
	}
}
