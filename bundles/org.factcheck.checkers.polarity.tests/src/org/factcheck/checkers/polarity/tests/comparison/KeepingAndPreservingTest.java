package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Opposites of the antonym lexicon for keeping a thing and giving it to someone (behalten / geben,
 * weitergeben, überlassen) and for keeping a thing as it is and changing it (bewahren, beibehalten /
 * ändern, umschreiben), on hand-written German sentences; "es gibt" says that a thing exists and
 * is no giving.
 */
class KeepingAndPreservingTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("spenden", "Der Ruderverein gab die Einnahmen des Sommerfestes dem Tierheim am Stadtrand.");
		documents.put("schluessel", "Der Hausmeister überließ die Schlüssel der Turnhalle dem neuen Trainer.");
		documents.put("fassade", "Die Gemeinde veränderte die bemalte Fassade des alten Rathauses.");
		documents.put("satzung", "Die Mitglieder behielten die Satzung des Kleingartenvereins bei.");
		documents.put("kantine", "In der Kantine des Werks gibt es das Mittagessen der Lehrlinge.");
		return documents;
	}

	@Test
	void keepingIsNoGiving() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Der Ruderverein behielt die Einnahmen des Sommerfestes.", "spenden"),
				"says the opposite: \u201Egab\u201C where the claim says \u201Ebehielt\u201C");
	}

	@Test
	void keepingIsNoLeavingToAnother() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Der Hausmeister behielt die Schlüssel der Turnhalle.", "schluessel"),
				"says the opposite: \u201Eüberließ\u201C where the claim says \u201Ebehielt\u201C");
	}

	@Test
	void preservingIsNoChanging() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Die Gemeinde bewahrte die bemalte Fassade des alten Rathauses.", "fassade"),
				"says the opposite: \u201Everänderte\u201C where the claim says \u201Ebewahrte\u201C");
	}

	@Test
	void changingIsNoKeepingAsItWas() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Die Mitglieder änderten die Satzung des Kleingartenvereins.", "satzung"),
				"says the opposite");
	}

	@Test
	void rewritingIsNoKeepingAsItWas() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Die Mitglieder haben die Satzung des Kleingartenvereins umgeschrieben.", "satzung"),
				"says the opposite");
	}

	/** That a thing is to be had somewhere (es gibt) does not say that someone gave it away. */
	@Test
	void thereBeingAThingIsNoGivingItAway() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Kantine des Werks behielt das Mittagessen der Lehrlinge.", "kantine");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
