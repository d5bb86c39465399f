package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A verb realised on the other side by its noun as the object of a verb that negates its object
 * (genehmigte den Bau / verweigerte die Genehmigung für den Bau): the same predicate, denied.
 */
class DeniedObjectTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(Map.of(
			"verweigert", "Der Gemeinderat hat im Mai seine Genehmigung für den Bau der Sporthalle am Stadtrand verweigert.",
			"genehmigt", "Der Gemeinderat genehmigte im Mai den Bau der neuen Sporthalle."));

	@Test
	void aVerbConflictsWithItsNounDeniedAsAnObject() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Der Gemeinderat hat im Mai den Bau der Sporthalle am Stadtrand genehmigt.", "verweigert"), "Genehmigung");
	}

	@Test
	void aNounDeniedAsAnObjectConflictsWithItsVerb() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Der Gemeinderat verweigerte im Mai die Genehmigung für den Bau der neuen Sporthalle.", "genehmigt"), "genehmigte");
	}

	@Test
	void theSameDenialIsStated() throws IOException {
		assertEquals(Verdict.SUPPORTED, CHECKERS.verify(CORPUS.store(),
				"Der Gemeinderat verweigerte im Mai die Genehmigung für den Bau der Sporthalle am Stadtrand.", "verweigert").verdictValue());
	}
}
