package org.factcheck.text.tests.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.quotes.Quote;
import org.factcheck.text.quotes.QuoteFinder;
import org.factcheck.text.tests.TestCorpus;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

	private final QuoteFinder finder = QuoteFinder.german();

	private Quote quoteStarting(String text, String words) {
		return finder.find(text).stream().filter(q -> text.substring(q.start(), q.end()).startsWith(words)).findFirst()
				.orElseThrow(() -> new AssertionError("no quote starting with " + words));
	}

	@Test
	void speakerAfterTheQuotation() {
		String text = TestCorpus.seed("003");
		assertEquals("Yoon", quoteStarting(text, "Wir sind uns einig").speaker());
		assertEquals("Cho", quoteStarting(text, "Ich glaube nicht").speaker());
		String seed4 = TestCorpus.seed("004");
		assertEquals("Chang", quoteStarting(seed4, "Wir werden die Frage").speaker());
		assertEquals("Miller", quoteStarting(seed4, "Wir begrüßen jede Unterstützung").speaker());
	}

	@Test
	void speakerBeforeTheQuotation() {
		String text = TestCorpus.seed("004");
		Quote quote = quoteStarting(text, "Jedes Land muss");
		assertEquals("Miller", quote.speaker());
		assertEquals("Jedes Land muss seine eigene Entscheidung darüber treffen, ob es Waffen an die Ukraine liefert.",
				text.substring(quote.start(), quote.end()));
	}

	@Test
	void attributionWithLaut() {
		String text = TestCorpus.seed("004");
		assertEquals("AFP", quoteStarting(text, "zutiefst besorgt").speaker());
	}

	@Test
	void dialogueDashLineIsAQuotation() {
		String text = TestCorpus.seed("004");
		Quote quote = quoteStarting(text, "Dies würde die koreanische Halbinsel");
		assertEquals("Miller", quote.speaker());
		assertTrue(text.substring(quote.start(), quote.end()).endsWith("die Russland unterstützt hat"));
	}

	@Test
	void scareQuotesHaveNoSpeakerAndPronounsAreNotNames() {
		String text = TestCorpus.seed("000");
		assertNull(quoteStarting(text, "zurückzahlen").speaker());
		assertNull(quoteStarting("Er sagte: „Nein.“", "Nein").speaker());
	}

	@Test
	void otherQuotationMarksAndTitlesBeforeNames() {
		String text = "Das sei »gefährlich«, sagte der deutsche Kanzler Olaf Scholz. Dann: \"Wir bleiben\", so Merz.";
		assertEquals("Kanzler Olaf Scholz", quoteStarting(text, "gefährlich").speaker());
		assertEquals("Merz", quoteStarting(text, "Wir bleiben").speaker());
		List<Quote> swiss = finder.find("«Wir sind bereit», sagte Cassis.");
		assertEquals(1, swiss.size());
		assertEquals("Cassis", swiss.get(0).speaker());
	}
}
