package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.TitleOfAnother;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The claim's title before a name that the sentence gives only to another person. */
class TitleOfAnotherTest {

	private static boolean gives(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return TitleOfAnother.gives(c, s, Aligner.align(c, s));
	}

	private static final String LIST = "Zu den Gästen zählen der italienische Schriftsteller Marco Rossi und der kroatische Philosoph Ivan Horvat.";

	@Test
	void theTitleOfAnotherPersonIsNotSaidOfTheClaimsPerson() {
		assertTrue(gives("Zu den Gästen zählt der kroatische Philosoph Marco Rossi.", LIST));
	}

	@Test
	void thePersonsOwnTitleIsSaidOfThem() {
		assertFalse(gives("Zu den Gästen zählt der kroatische Philosoph Ivan Horvat.", LIST));
		assertFalse(gives("Zu den Gästen zählt der italienische Schriftsteller Marco Rossi.", LIST));
	}
}
