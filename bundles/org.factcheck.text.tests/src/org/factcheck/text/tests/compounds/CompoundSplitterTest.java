package org.factcheck.text.tests.compounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.text.compounds.CompoundSplitter;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

	private final CompoundSplitter splitter = CompoundSplitter.german();

	@Test
	void splitsCompoundsOfTheSeedCorpus() {
		assertEquals(List.of("Waffen", "lieferungen"), splitter.split("Waffenlieferungen"));
		assertEquals(List.of("Truppen", "verlegung"), splitter.split("Truppenverlegung"));
		assertEquals(List.of("Telefon", "gespräch"), splitter.split("Telefongespräch"));
	}

	@Test
	void keepsSimpleAndHyphenatedWords() {
		assertEquals(List.of("Ukraine"), splitter.split("Ukraine"));
		assertEquals(List.of("NATO-Generalsekretär"), splitter.split("NATO-Generalsekretär"));
	}

	@Test
	void wordsLongerThanTheDictionaryTakesAreKept() {
		String longWord = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsgebäude";
		assertEquals(List.of(longWord), splitter.split(longWord));
		assertEquals(List.of("a".repeat(500)), splitter.split("a".repeat(500)));
	}
}
