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
 * Opposites the clause comparison does not see, on hand-written German sentences: an opposite in a
 * clause of the claim that pairs with none of the sentence's, a predicate opposed by a noun, a thing
 * the sentence names twice with different prepositions; and a span of time with lang, which is no
 * opposite of kurz.
 */
class OppositesAcrossClausesTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("betrieb", "Der Betrieb gehört zu den seltenen Firmen, die Lehrlinge aus dem Ausland ausbilden.");
		documents.put("beamer", "Bei der Vorführung gab es zahlreiche Probleme mit dem neuen Beamer.");
		documents.put("noten", "Die Noten der Klasse 4a waren besser als der Durchschnitt, die Noten der Klasse 4b lagen unter dem Durchschnitt.");
		documents.put("ehe", "Als der Bäcker nach Wien zog, waren wir nur eine kurze Zeit verheiratet, sagte Maria.");
		return documents;
	}

	@Test
	void anOppositeInAClauseThatPairsWithNoneConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Es ist üblich, dass Firmen Lehrlinge aus dem Ausland ausbilden.", "betrieb"),
				"says the opposite: \u201Eseltenen\u201C where the claim says \u201Eüblich\u201C");
	}

	@Test
	void aPredicateOpposedByANounConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der neue Beamer funktionierte bei der Vorführung perfekt.", "beamer"),
				"says the opposite: \u201EProbleme\u201C where the claim says \u201Eperfekt\u201C");
	}

	@Test
	void aThingNamedTwiceIsReadWhereItHasAPreposition() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Noten der Klasse 4b lagen über dem Durchschnitt.", "noten"),
				"says the opposite: \u201Eunter\u201C where the claim says \u201Eüber\u201C");
	}

	@Test
	void aSpanOfTimeWithLangIsNoOppositeOfKurz() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Maria und der Bäcker waren nur einen Monat lang verheiratet, als er nach Wien zog.", "ehe");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
