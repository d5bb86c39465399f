package org.factcheck.text.tests.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.text.normalize.NormalizedText;
import org.factcheck.text.normalize.TextNormalizer;
import org.factcheck.text.tests.TestCorpus;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

	@Test
	void whitespaceRunsBecomeOneSpace() {
		assertEquals("Siehe auch Iivo Niskanen", TextNormalizer.normalize("Siehe auch\u00A0 Iivo\tNiskanen\n").text());
		assertEquals("a b", TextNormalizer.normalize("  a \r\n\r\n b  ").text());
	}

	@Test
	void typographicQuotesAndDashesAreUnified() {
		NormalizedText n = TextNormalizer.normalize("„sofortige militärische Unterstützung“ – ‚kurz‘ «x» ‹y› Kim’s 5−3");
		assertEquals("\"sofortige militärische Unterstützung\" - 'kurz' \"x\" 'y' Kim's 5-3", n.text());
	}

	@Test
	void softHyphensAreRemovedAndLineBreakHyphenationJoined() {
		assertEquals("Waffenlieferungen", TextNormalizer.normalize("Waf\u00ADfen\u00ADlieferungen").text());
		assertEquals("Waffenlieferungen an Kiew", TextNormalizer.normalize("Waffen-\nlieferungen an Kiew").text());
		assertEquals("NATO-Gipfel", TextNormalizer.normalize("NATO-\nGipfel").text());
		assertEquals("Waffen- und Munitionslieferungen", TextNormalizer.normalize("Waffen- und Munitionslieferungen").text());
		assertEquals("Waffen- und Munition", TextNormalizer.normalize("Waffen-\nund Munition").text());
		// a hyphen at a line break joins only after a letter, not after a digit
		assertEquals("Covid-19- Welle", TextNormalizer.normalize("Covid-19-\nWelle").text());
		assertEquals("G7- Gipfel", TextNormalizer.normalize("G7-\nGipfel").text());
		assertEquals("Bund\u00e4nderung", TextNormalizer.normalize("Bund-\n\u00e4nderung").text());
	}

	@Test
	void offsetsMapBackToTheOriginalText() {
		String original = "Er sagte:  „Wir  liefern Waffen-\nsysteme.“";
		NormalizedText n = TextNormalizer.normalize(original);
		assertEquals("Er sagte: \"Wir liefern Waffensysteme.\"", n.text());
		int start = n.text().indexOf("Wir");
		int end = n.text().indexOf("systeme") + "systeme".length();
		assertEquals("Wir  liefern Waffen-\nsysteme", original.substring(n.originalStart(start), n.originalEnd(end)));
		assertEquals(original.length(), n.originalEnd(n.text().length()));
		assertEquals(0, n.originalStart(0));
	}

	@Test
	void aQuoteFoundInNormalizedSeedTextMapsToTheExactOriginalPassage() {
		String text = TestCorpus.seed("004");
		NormalizedText n = TextNormalizer.normalize(text).foldCase();
		String quote = "\"jedes land muss seine eigene entscheidung darüber treffen";
		int at = n.text().indexOf(quote);
		assertTrue(at >= 0);
		String passage = text.substring(n.originalStart(at), n.originalEnd(at + quote.length()));
		assertEquals("„Jedes Land muss seine eigene Entscheidung darüber treffen", passage);
	}

	@Test
	void foldCaseLowersAndExpandsSharpS() {
		NormalizedText n = TextNormalizer.normalize("Außenminister GROSS").foldCase();
		assertEquals("aussenminister gross", n.text());
		assertEquals("Außenminister", "Außenminister GROSS".substring(n.originalStart(0), n.originalEnd("aussenminister".length())));
	}

	@Test
	void foldingInOnePassGivesTheFoldedNormalisedText() {
		for (String text : new String[] { "", "  ", "Straße  ẞ GROSS\u00A0Öl", "Waffen-\nlieferungen NATO-\nGipfel Waffen-\nund",
				"Waf\u00ADfen-\u00AD\nteile „Zitat“ – ‚kurz‘", "ab-", "x\u00AD", "İstanbul Ⅻ", TestCorpus.gnad("gnad-0001") }) {
			assertEquals(TextNormalizer.normalize(text).foldCase().text(), TextNormalizer.fold(text, 0, text.length()), text);
			String framed = "Vorher-\n" + text + " nachher";
			assertEquals(TextNormalizer.normalize(text).foldCase().text(), TextNormalizer.fold(framed, 8, 8 + text.length()), text);
		}
	}
}
