package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A sentence that says all the claim says but puts a predicate that cannot hold together with the
 * claim's in its place (intakt / zerbrochen, behalten / verkaufen, sitzen / liegen, sehen / unsichtbar), on
 * hand-written German sentences.
 */
class IncompatiblePredicatesTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("fenster", "Nach dem Sturm waren die Fenster der Werkstatt zerbrochen.");
		documents.put("fahrrad", "Der Nachbar verkaufte das alte Fahrrad seines Sohnes.");
		documents.put("katze", "Die Katze des Nachbarn lag den ganzen Tag auf dem Dach.");
		documents.put("saenger", "Der Sänger auf der Bühne ist unsichtbar.");
		documents.put("brief", "Die Sekretärin brachte den Brief noch am Abend zur Post.");
		documents.put("hund", "Der Hund sprang vom Sofa und lief durch die Tür in den Hof hinaus.");
		return documents;
	}

	@Test
	void anIntactThingIsNoBrokenOne() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Nach dem Sturm waren die Fenster der Werkstatt intakt.", "fenster"),
				"says something incompatible: \u201Ezerbrochen\u201C where the claim says \u201Eintakt\u201C");
	}

	@Test
	void keepingIsNoSelling() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Nachbar behielt das alte Fahrrad seines Sohnes.", "fahrrad"),
				"says something incompatible: \u201Everkaufte\u201C where the claim says \u201Ebehielt\u201C");
	}

	@Test
	void sittingIsNoLying() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Katze des Nachbarn saß den ganzen Tag auf dem Dach.", "katze"),
				"says something incompatible: \u201Elag\u201C where the claim says \u201Esaß\u201C");
	}

	@Test
	void seeingIsNoInvisibility() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Man kann den Sänger auf der Bühne sehen.", "saenger"),
				"says something incompatible: \u201Eunsichtbar\u201C where the claim says \u201Esehen\u201C");
	}

	@Test
	void keepingIsNoBringingAway() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Sekretärin behielt den Brief.", "brief"),
				"says something incompatible: \u201Ebrachte\u201C where the claim says \u201Ebehielt\u201C");
	}

	@Test
	void stayingIsNoRunningOut() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Hund blieb auf dem Sofa.", "hund"),
				"says something incompatible: \u201Elief\u201C where the claim says \u201Eblieb\u201C");
	}

	/** The incompatible predicate stands in for the claim's only where nothing else of the claim is unsaid. */
	@Test
	void anIncompatiblePredicateBesideAnotherGapIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Nachbar behielt das rote Fahrrad seiner Tochter.", "fahrrad");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void theSamePredicateIsStated() throws IOException {
		assertEquals(Verdict.SUPPORTED, CHECKERS.verify(CORPUS.store(), "Der Nachbar verkaufte das alte Fahrrad seines Sohnes.",
				"fahrrad").verdictValue());
	}
}
