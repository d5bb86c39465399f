package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claims that put on a noun the opposite of the adjective their source puts on it, whatever else
 * they add; on hand-written German sentences.
 */
class AttributeOppositeTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("pfad", "Wir nahmen den kurzen und einfachen Pfad zur Hütte.");
		documents.put("suppe", "Die Suppe war kalt, sagte der Koch der Kantine.");
		documents.put("keller", "Im Haus gab es keinen dunklen Keller.");
		documents.put("taschen", "Die Kinder brachten kleine Geschenke mit.");
		documents.put("suche", "Die Suche nach dem vermissten Hund war erfolglos.");
		return documents;
	}

	/** The rule on one replaced word (Substitution) may decide first; either way the claim conflicts. */
	@Test
	void theOppositeAttributeInAClaimThatAddsMuchConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Die Wanderer erreichten nach Stunden die Hütte über einen schwierigen Pfad durch den Wald.",
						"pfad"),
				"says the opposite");
	}

	@Test
	void theOppositeAttributeOfTheSameNounConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Die Kantine servierte ihren Gästen eine heiße Suppe mit Brot.", "suppe"),
				"says the opposite of the same thing: \u201Ekalt\u201C where the claim says \u201Eheiße\u201C");
	}

	@Test
	void anAdjectiveOpposedByItsSuffixConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(
				CHECKERS.verify(CORPUS.store(), "Die Suche nach dem vermissten Hund war erfolgreich.", "suche"),
				"\u201Eerfolglos\u201C where the claim says \u201Eerfolgreich\u201C");
	}

	@Test
	void aNegatedAttributeIsNoOpposite() throws IOException {
		assertNoSameThingOpposite(CHECKERS.verify(CORPUS.store(), "Der Keller des Hauses war hell und trocken.", "keller"));
	}

	@Test
	void anAdjectiveOfAnotherNounIsNoOppositeOfTheSameThing() throws IOException {
		assertNoSameThingOpposite(CHECKERS.verify(CORPUS.store(), "Die Kinder trugen große Taschen für die Geschenke.", "taschen"));
	}

	/** No finding of this rule (another rule may still compare the two adjectives). */
	private static void assertNoSameThingOpposite(ClaimResult result) {
		assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("of the same thing")),
				result.findings().toString());
	}
}
