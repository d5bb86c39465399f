package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A change told in the opposite direction by a verb of a sharp fall (abstürzen, einbrechen) or of a
 * heavy defeat (untergehen), on hand-written sentences: the claim's rise or win conflicts; a claim
 * of a fall of the same kind gives no polarity finding.
 */
class DirectionOfChangeTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("umsatz", "Der Umsatz der Bäckerei Lindner ist im vergangenen Jahr deutlich eingebrochen.");
		documents.put("aktie", "Die Aktie der Brauerei Hofstetter stürzte am Montag an der Börse ab.");
		documents.put("derby", "Der FC Lendorf ist am Samstag im Derby gegen den SV Moosbach untergegangen.");
		return documents;
	}

	@Test
	void aRiseAgainstACollapseConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Der Umsatz der Bäckerei Lindner ist im vergangenen Jahr deutlich gewachsen.", "umsatz"), "");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Die Aktie der Brauerei Hofstetter stieg am Montag an der Börse.", "aktie"), "");
	}

	@Test
	void aWinAgainstAHeavyDefeatConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Der FC Lendorf hat am Samstag im Derby gegen den SV Moosbach gewonnen.", "derby"), "");
	}

	@Test
	void aFallOfTheSameSideIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Der Umsatz der Bäckerei Lindner ist im vergangenen Jahr deutlich gesunken.", "umsatz");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)), result.findings().toString());
	}
}
