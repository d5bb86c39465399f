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
 * What a negated claim denies, on hand-written German sentences: a sentence that names the thing a claim
 * denies a property of (nicht erfolgreich), the content of an attitude the claim denies (hatte nicht
 * erwartet, dass …), the goal of a verb of ensuring (sicherstellen, dass … nicht) or what a
 * counterfactual conditional says would not have been (ohne X hätte … nie) does not state what the claim
 * denies; a sentence telling of the event or thing a claim denies still does.
 */
class DenialScopeTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("sommerfest", "Das Sommerfest im Stadtpark fand im August mit vielen Besuchern statt.");
		documents.put("bruecke", "Die Gemeinde hat im Frühjahr die alte Brücke über den Kanal abgerissen.");
		documents.put("turnhalle", "Im Winter ist die Turnhalle der Schule für alle Vereine gesperrt.");
		documents.put("vereinsheim", "Der Ruderverein eröffnete im Mai sein neues Vereinsheim am See, das aus Spenden bezahlt wurde.");
		documents.put("garten", "Kommst du endlich? rief die Großmutter aus dem Garten.");
		documents.put("chatbot", "Viele Leute sind überrascht, wenn sie Lumi kennenlernen, weil man keine App installieren muss.");
		documents.put("eishockey", "Lukas Brunner kam beim 4:2-Sieg der Grazer in Linz zu zwölf Minuten Eiszeit, blieb aber ohne Scorerpunkt.");
		documents.put("pipeline", "Landeshauptmann Peter Huber hat 2019 seine Genehmigung für den Bau der Donau-Ölpipeline von Linz "
				+ "nach Wels verweigert. Er begründete seine Entscheidung damit, dass der Bau der Pipeline den Kampf gegen den "
				+ "Klimawandel untergraben würde.");
		documents.put("mieter", "Der Mieter hat die Miete im März pünktlich bezahlt.");
		documents.put("mahnung", "Im Brief vom März wurde der Mieter zur Zahlung von 900 Euro aufgefordert. Der Mieter zahlte nicht.");
		return documents;
	}

	private static void assertNoConflict(String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	private static void assertConflict(String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void aDeniedPropertyIsNotStatedByASentenceNamingTheThing() throws IOException {
		assertNoConflict("Das Sommerfest im Stadtpark war nicht erfolgreich.", "sommerfest");
	}

	@Test
	void aDeniedEventIsStatedByASentenceTellingOfIt() throws IOException {
		assertConflict("Das Sommerfest im Stadtpark hat nie stattgefunden.", "sommerfest");
	}

	@Test
	void aDeniedExpectationIsNotStatedByASentenceStatingWhatWasExpected() throws IOException {
		assertNoConflict("Der Bürgermeister hatte nicht erwartet, dass die Gemeinde die alte Brücke über den Kanal abreißt.", "bruecke");
	}

	@Test
	void aDeniedActIsStatedByASentenceTellingOfIt() throws IOException {
		assertConflict("Die Gemeinde hat die alte Brücke über den Kanal nie abgerissen.", "bruecke");
	}

	@Test
	void theGoalOfAVerbOfEnsuringIsNotContradicted() throws IOException {
		assertNoConflict("Der Elternbeirat soll sicherstellen, dass die Schule die Turnhalle im Winter nicht schließt.", "turnhalle");
	}

	@Test
	void aPlainDenialOfWhatIsToBeEnsuredConflicts() throws IOException {
		assertConflict("Die Schule schließt die Turnhalle im Winter nie.", "turnhalle");
	}

	@Test
	void whatACounterfactualSaysWouldNotHaveBeenIsNotContradicted() throws IOException {
		assertNoConflict("Ohne die Spenden hätte der Ruderverein das neue Vereinsheim am See nie bauen können.", "vereinsheim");
		assertNoConflict("Wenn es die Spenden nicht gegeben hätte, hätte der Ruderverein das Vereinsheim am See nicht gebaut.",
				"vereinsheim");
	}

	@Test
	void aPlainDenialOfTheSameActConflicts() throws IOException {
		assertConflict("Der Ruderverein hat das neue Vereinsheim am See nie gebaut.", "vereinsheim");
	}

	@Test
	void aNegationInAQuestionDeniesNothing() throws IOException {
		assertNoConflict("Kommst du nicht? Rief die Großmutter.", "garten");
	}

	@Test
	void aNounDeniedInAnotherClauseIsDeniedAlike() throws IOException {
		assertNoConflict("Lukas Brunner kam beim 4:2-Sieg der Grazer in Linz zu keinem Scorerpunkt.", "eishockey");
	}

	@Test
	void aDenialOfAWordOfAClaimWhosePredicateIsUnsaidMayDenyAnotherStatement() throws IOException {
		assertNoConflict("Lumi ist auch als App für das Handy erhältlich.", "chatbot");
	}

	@Test
	void aVerbThatNegatesItsObjectDeniesTheObjectNotWhatTheObjectIsFor() throws IOException {
		assertNoConflict("Peter Huber verweigerte 2019 die Genehmigung für den Bau der Donau-Pipeline.", "pipeline");
	}

	@Test
	void anActSomeoneWasAskedToDoIsNotStatedAsDone() throws IOException {
		assertNoConflict("Der Mieter zahlte das geforderte Geld nicht.", "mahnung");
		assertConflict("Der Mieter hat die Miete im März nie bezahlt.", "mieter");
	}
}
