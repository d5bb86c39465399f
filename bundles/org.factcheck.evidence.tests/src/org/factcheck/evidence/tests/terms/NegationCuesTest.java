package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.NegationCues.Scope;
import org.junit.jupiter.api.Test;

/** The one list of German negation words, shared by the polarity checker and the measure of stating. */
class NegationCuesTest {

	private final NegationCues cues = NegationCues.german();

	@Test
	void clauseNegationsDenyAndOhneOnlyNegatesWhatFollows() {
		assertTrue(cues.denies("Keinerlei"));
		assertTrue(cues.denies("niemals"));
		assertTrue(cues.denies("weder"));
		assertTrue(cues.denies("keinesfalls"));
		assertTrue(cues.denies("Keineswegs"));
		assertFalse(cues.denies("ohne"));
		assertEquals(Scope.FOCUS, cues.scope("ohne"));
	}

	@Test
	void negatingVerbsCountOnlyAsVerbs() {
		assertEquals(Scope.VERB, cues.scope("verhinderte", true, Set.of("verhindern")));
		assertEquals(null, cues.scope("verhinderte", false, Set.of()));
	}

	@Test
	void listedPhrasesNeutraliseTheirNegation() {
		List<NegationCues.Phrase> phrases = cues.phrases(List.of("Er", "kam", "nicht", "nur", "einmal"));
		assertEquals(List.of(new NegationCues.Phrase(2, 3, NegationCues.Effect.NONE)), phrases);
	}
}
