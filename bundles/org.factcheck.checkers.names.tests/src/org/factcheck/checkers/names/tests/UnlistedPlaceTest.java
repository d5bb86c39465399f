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
 * A name no gazetteer lists, after the same preposition of place where the claim names a known
 * place, is another place: the source that says so conflicts.
 */
class UnlistedPlaceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("museum",
			"Museum\n\nDie Ausstellung über alte Traktoren wird ab Juni im Heimatmuseum in Hinterstoder gezeigt.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "museum");
	}

	@Test
	void anUnlistedPlaceInThePlaceOfAKnownOneConflicts() throws IOException {
		ClaimResult result = verify("Die Ausstellung über alte Traktoren wird ab Juni im Heimatmuseum in Graz gezeigt.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(NameChecker.ID, deciding(result).checkerId());
	}

	@Test
	void theSamePlaceSupports() throws IOException {
		assertEquals(Verdict.SUPPORTED,
				verify("Die Ausstellung über alte Traktoren wird ab Juni im Heimatmuseum in Hinterstoder gezeigt.").verdictValue());
	}
}
