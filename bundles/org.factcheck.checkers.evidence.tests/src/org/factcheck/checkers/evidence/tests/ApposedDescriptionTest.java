package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence that names a person by the description the report apposed to the name earlier (der
 * deutsche Innenminister Thomas Brenner … der deutsche Innenminister) names that person; not where
 * the report apposes the description to two people.
 */
class ApposedDescriptionTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	private static final String LATER = "Er traf dort Kollegen aus zehn Staaten. Die Gespräche dauerten lange. Am Abend gab es ein Essen im Rathaus.\n\n"
			+ "Am Nachmittag besuchte der deutsche Innenminister das Flüchtlingslager in Traiskirchen.\n";

	@RegisterExtension
	static final HandWrittenCorpus ONE = HandWrittenCorpus.of(Map.of(
			"treffen", "Treffen\n\nDer deutsche Innenminister Thomas Brenner kam nach Wien. " + LATER));

	@RegisterExtension
	static final HandWrittenCorpus TWO = HandWrittenCorpus.of(Map.of(
			"zwei", "Treffen\n\nDer deutsche Innenminister Thomas Brenner kam nach Wien, sein Vorgänger, der deutsche Innenminister Karl Weber, blieb daheim. "
					+ LATER));

	private static Verdict verdict(HandWrittenCorpus corpus, String document) throws IOException {
		return CHECKERS.verify(corpus.store(), "Thomas Brenner besuchte am Nachmittag das Flüchtlingslager in Traiskirchen.", document)
				.verdictValue();
	}

	@Test
	void theDescriptionNamesThePersonItWasApposedTo() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict(ONE, "treffen"));
	}

	@Test
	void aDescriptionApposedToTwoPeopleNamesNeither() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict(TWO, "zwei"));
	}
}
