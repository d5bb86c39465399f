package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.PartitiveSubset;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A phrase after a count that says something of a part of it, not of the whole the claim counts. */
class PartitiveSubsetTest {

	/** The word opening the partitive phrase, or "none". */
	private static String part(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return PartitiveSubset.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	private static final String CRASH = "Bei dem Unfall in Graz sind fünf Menschen verletzt worden, davon zwei schwer.";

	@Test
	void aWordSaidOfThePartIsNotSaidOfTheWhole() {
		assertEquals("davon", part("Bei dem Unfall in Graz wurden fünf Menschen schwer verletzt.", CRASH));
		assertEquals("darunter", part("Bei dem Brand starben vier Kinder.",
				"Bei dem Brand starben vier Menschen, darunter zwei Kinder."));
	}

	@Test
	void theWholeOrThePartCountedAsTheSourceDoesIsNotConcerned() {
		assertEquals("none", part("Bei dem Unfall in Graz wurden fünf Menschen verletzt.", CRASH));
		assertEquals("none", part("Bei dem Unfall in Graz wurden zwei Menschen schwer verletzt.", CRASH));
		assertEquals("none", part("Bei dem Unfall in Graz wurden fünf Menschen verletzt, davon zwei schwer.", CRASH));
	}
}
