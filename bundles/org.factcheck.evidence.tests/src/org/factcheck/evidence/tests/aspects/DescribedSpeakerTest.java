package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.AnotherSpeaker;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A speaker described by a nominalised adjective (der Grüne) is no other named speaker. */
class DescribedSpeakerTest {

	private static boolean another(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return AnotherSpeaker.find(c, s, Aligner.align(c, s)).isPresent();
	}

	private static final String CLAIM = "Anton Huber beklagt in einem Brief, es sei nicht klar, wer die Änderungen verlangt hat.";

	@Test
	void aNominalisedAdjectiveDescribesTheSpeaker() {
		assertFalse(another(CLAIM, "Doch der Grüne beklagt in einem Brief, es sei nicht klar, wer die Änderungen verlangt hat."));
	}

	@Test
	void aNamedSpeakerIsAnotherSpeaker() {
		assertTrue(another(CLAIM, "Doch Peter Maier beklagt in einem Brief, es sei nicht klar, wer die Änderungen verlangt hat."));
	}
}
