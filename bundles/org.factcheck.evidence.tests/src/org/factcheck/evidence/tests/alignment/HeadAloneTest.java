package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.HeadAlone;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A claim's compound named by its head alone, which a phrase after the head may say is another kind. */
class HeadAloneTest {

	private static boolean specifiedOtherwise(String claim, String sentence, String compound) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		Alignment alignment = Aligner.align(c, s);
		TermMatch match = alignment.matches().stream().filter(m -> m.claimTerm().text().equals(compound)).findFirst().orElseThrow();
		return HeadAlone.specifiedOtherwise(match, s, alignment);
	}

	@Test
	void aPhraseAfterTheHeadNamingAnotherKindSpecifiesIt() {
		assertTrue(specifiedOtherwise("Der Spieler fehlt wegen einer Knieverletzung.",
				"Der Spieler fehlt wegen einer Verletzung im Wirbelbereich.", "Knieverletzung"));
		assertTrue(specifiedOtherwise("Die Friedensverhandlungen wurden vertagt.", "Die Verhandlungen über die Zölle wurden vertagt.",
				"Friedensverhandlungen"));
	}

	@Test
	void theHeadAloneOrWithTheCompoundsOwnPartOrATimeIsNotSpecifiedOtherwise() {
		assertFalse(specifiedOtherwise("Der Spieler fehlt wegen einer Knieverletzung.", "Der Spieler fehlt wegen einer Verletzung.",
				"Knieverletzung"));
		assertFalse(specifiedOtherwise("Der Spieler fehlt wegen einer Knieverletzung.",
				"Der Spieler fehlt wegen einer Verletzung am linken Knie.", "Knieverletzung"));
		assertFalse(specifiedOtherwise("Das Rückspiel endete torlos.", "Das Spiel am Samstag endete torlos.", "Rückspiel"));
	}

	@Test
	void theHeadAsTheTitleOfANameNamesThatPost() {
		assertTrue(specifiedOtherwise("Die Delegation traf auch den ungarischen Ministerpräsidenten.",
				"Die Delegation traf auch Präsident Viktor Kertész.", "Ministerpräsidenten"));
		assertFalse(specifiedOtherwise("Die Delegation traf auch die deutsche Bundeskanzlerin.",
				"Die Delegation traf auch Kanzlerin Angela Merkel.", "Bundeskanzlerin"));
	}
}
