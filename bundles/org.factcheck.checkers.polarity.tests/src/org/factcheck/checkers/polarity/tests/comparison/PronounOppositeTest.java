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
 * Short claims whose predicate is most of what they say, about someone named by a pronoun, against
 * a sentence of their source with the same pronoun and the opposite predicate; on hand-written
 * German sentences.
 */
class PronounOppositeTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("wetter", "Für das Wochenende meldet der Wetterdienst Regen. Es wird kälter, sagte die Meteorologin.");
		documents.put("hilfe", "Ich bin sehr dankbar für die Hilfe, schrieb die Nachbarin.");
		documents.put("team", "Wir sind zufrieden, sagte die Trainerin nach dem Spiel.");
		documents.put("frost", "Es wird nicht kälter, sagte die Meteorologin.");
		return documents;
	}

	@Test
	void theSamePronounWithTheOppositePredicateConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Es wird wärmer.", "wetter"),
				"says the opposite of the same subject: \u201Ekälter\u201C where the claim says \u201Ewärmer\u201C");
	}

	@Test
	void anAdjectiveWithUnAgainstItsBaseConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Ich bin undankbar.", "hilfe"),
				"says the opposite of the same subject: \u201Edankbar\u201C where the claim says \u201Eundankbar\u201C");
	}

	@Test
	void anotherPronounIsAnotherSubject() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Ich bin enttäuscht.", "team");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void aNegatedOppositeIsNoOpposite() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Es wird wärmer.", "frost");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
