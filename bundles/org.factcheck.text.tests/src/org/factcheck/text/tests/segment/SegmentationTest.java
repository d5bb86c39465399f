package org.factcheck.text.tests.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.factcheck.text.Whitespace;
import org.factcheck.text.segment.ParagraphSplitter;
import org.factcheck.text.segment.SentenceSplitter;
import org.factcheck.text.segment.TextSpan;
import org.factcheck.text.tests.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentationTest {

	private final SentenceSplitter sentences = SentenceSplitter.german();
	private final ParagraphSplitter paragraphs = ParagraphSplitter.german();

	private List<String> sentencesOf(String text) {
		return sentences.split(text).stream().map(s -> s.of(text)).toList();
	}

	@Test
	void everySeedSentenceIsTrimmedAndTheSentencesCoverTheTextWithoutOverlaps() {
		for (Path seed : TestCorpus.seeds()) {
			String text = TestCorpus.read(seed);
			List<TextSpan> spans = sentences.split(text);
			assertFalse(spans.isEmpty(), seed.toString());
			int covered = 0;
			for (TextSpan span : spans) {
				assertTrue(span.start() >= covered, seed + ": overlap at " + span);
				assertFalse(span.isEmpty(), seed + ": empty sentence at " + span);
				assertFalse(Whitespace.isWhitespace(text.charAt(span.start())), seed + ": untrimmed start " + span);
				assertFalse(Whitespace.isWhitespace(text.charAt(span.end() - 1)), seed + ": untrimmed end " + span);
				for (int i = covered; i < span.start(); i++) {
					assertTrue(Whitespace.isWhitespace(text.charAt(i)), seed + ": character " + i + " in no sentence");
				}
				covered = span.end();
			}
			for (int i = covered; i < text.length(); i++) {
				assertTrue(Whitespace.isWhitespace(text.charAt(i)), seed + ": character " + i + " after the last sentence");
			}
		}
	}

	@Test
	void sentencesStayInsideTheirParagraphs() {
		for (Path seed : TestCorpus.seeds()) {
			String text = TestCorpus.read(seed);
			for (TextSpan paragraph : paragraphs.split(text)) {
				for (TextSpan sentence : sentences.split(text, paragraph)) {
					assertTrue(paragraph.contains(sentence), seed + ": " + sentence + " outside " + paragraph);
				}
			}
		}
	}

	@Test
	void paragraphsAreTrimmedNonBlankLines() {
		String text = TestCorpus.seed("003");
		List<String> found = paragraphs.split(text).stream().map(p -> p.of(text)).toList();
		assertEquals("Kostenlose Beratung", found.get(0));
		assertEquals("07930-2699", found.get(1));
		assertTrue(found.contains("Russland und Nordkorea besiegeln strategische Partnerschaft"));
		assertTrue(found.stream().noneMatch(String::isBlank));
		assertTrue(found.stream().allMatch(p -> p.equals(p.strip())));
	}

	@Test
	void aLineIsNeverMergedWithTheNextLine() {
		String text = TestCorpus.seed("003");
		List<String> found = sentencesOf(text);
		assertTrue(found.contains("Internationale Reaktionen und Besorgnis"));
		assertTrue(found.contains("Menü"));
		assertTrue(found.contains("24.10.2024"));
		assertTrue(found.contains("11:32 Uhr"));
	}

	@Test
	void ordinalDatesDoNotEndSentences() {
		String text = TestCorpus.seed("000");
		List<String> found = sentencesOf(text);
		assertTrue(found.contains("Hinsichtlich der Frage der Stationierung nordkoreanischer Truppen in Russland hatte Yoon Suk Yeol"
				+ " am 6. November ein Telefongespräch mit NATO-Generalsekretär Mark Rutte, um die Koordinierung einer Reaktion zu besprechen."));
		assertTrue(found.stream().anyMatch(s -> s.startsWith("Am Morgen des 7. November telefonierte")));
		assertTrue(sentencesOf("Ziel ihrer Diskussion in Seoul am 27. November war es, die Zusammenarbeit zu thematisieren.").size() == 1);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Dazu kommen die verursachten Lkw-Fahrten (z. B. Transport von Rohstoffen, Zutaten) sowie die Transporte.",
			"Auch zur Erleichterung renommierter US-Museen (u. a. Museum of Modern Art), die ebenso Schiele-Werke besitzen.",
			"Die Verwandlung eines Arztes namens Dr. Jonathan Reid zum Vampir ist das Thema.",
			"Er gewann gegen den Franzosen Axel Michon (ATP-Nr. 221) den zweiten Titel seiner Karriere.",
			"Die Lumix G7 wird ab ca. 630 Euro angeboten.",
			"Benfica Lissabon verteidigt ein 1:0 bei Zenit St. Petersburg.",
			"Die Pensionsbeiträge lagen bei 10 bis 11 Prozent bzw. 3,4 Millionen Euro im Jahr.",
			"Die Zahl stieg auf 10.000 Menschen am 24.10.2024 um 11:32 Uhr.",
			"Sie trafen sich schon am 27. August 2015 in Wien.",
			"Lionel Messi sah in der 56. Minute die Rote Karte.",
			"Das gilt ab dem vollendeten 16. Lebensjahr.",
			"Die Stadt rüstet sich für das am Freitag beginnende 12. Stadtfest im Park.",
			"Der Umsatz lag bei 3,72 Mrd. Euro im Vorjahr." })
	void abbreviationsOrdinalsAndNumbersKeepOneSentence(String sentence) {
		assertEquals(List.of(sentence), sentencesOf(sentence));
	}

	@Test
	void aSentenceEndingInsideAQuotationEndsAfterTheClosingMark() {
		assertEquals(List.of("Er sagte: „Wir kommen morgen.“", "Dann reisten sie ab."),
				sentencesOf("Er sagte: „Wir kommen morgen.“ Dann reisten sie ab."));
		assertEquals(List.of("Sie rief: \"Wann kommt ihr?\"", "Niemand antwortete."),
				sentencesOf("Sie rief: \"Wann kommt ihr?\" Niemand antwortete."));
		assertEquals(List.of("«Das ist gefährlich.»", "So sieht es der Minister."),
				sentencesOf("«Das ist gefährlich.» So sieht es der Minister."));
	}

	@Test
	void quotationsFollowedByTheirAttributionStayOneSentence() {
		String text = TestCorpus.seed("004");
		List<String> found = sentencesOf(text);
		assertTrue(found.contains("„Wir werden die Frage der Rüstungshilfe für die Ukraine prüfen“, sagte Chang."));
		assertTrue(found.contains("Miller sagt: „Jedes Land muss seine eigene Entscheidung darüber treffen, ob es Waffen an die Ukraine liefert.“"));
		assertEquals(1, sentencesOf("„Nein!“, rief er.").size());
	}

	@Test
	void aDialogueDashStartsTheNextSentence() {
		assertEquals(List.of("Das ist falsch, sagte er.", "– Wir kommen trotzdem, sagt Miller."),
				sentencesOf("Das ist falsch, sagte er. – Wir kommen trotzdem, sagt Miller."));
		String text = TestCorpus.seed("004");
		assertTrue(sentencesOf(text).stream().anyMatch(s -> s.startsWith("– Dies würde die koreanische Halbinsel")
				&& s.endsWith("sagt Miller laut Nachrichtenagentur AFP.")));
	}

	@Test
	void headlinesWithoutFinalPunctuationAreSentences() {
		String text = TestCorpus.seed("004");
		List<String> found = sentencesOf(text);
		assertEquals("Russland ist bereit, Nordkorea zu bewaffnen – Drohung „unglaublich besorgniserregend“", found.get(0));
		assertTrue(found.contains("Südkorea überdenkt seine Position"));
	}

	@Test
	void realNewsSentencesEndAtSentenceEnds() {
		String text = TestCorpus.gnad("gnad-0001");
		List<String> found = sentencesOf(text);
		assertTrue(found.get(0).endsWith("dass die Vertragsform auf die Führungsebene beschränkt gehört."));
		assertTrue(found.stream().anyMatch(s -> s.contains("unter www.allinrechner.at ein Online-Werkzeug lanciert")));
		assertTrue(found.stream().allMatch(s -> !Character.isLowerCase(s.charAt(0))), found.toString());
	}

	@Test
	void offsetsAreExactForASpanInsideTheText() {
		String text = "Kopf\n  Erster Satz. Zweiter Satz!  \nDritte Zeile";
		List<TextSpan> spans = sentences.split(text, new TextSpan(5, text.length()));
		assertEquals(List.of("Erster Satz.", "Zweiter Satz!", "Dritte Zeile"), spans.stream().map(s -> s.of(text)).toList());
		assertEquals(7, spans.get(0).start());
	}

	@Test
	void anOverlongRunWithoutSentenceEndIsCutAtClausesOrSpaces() {
		String text = ("wort ".repeat(300) + "und dann, ").repeat(20) + "x".repeat(2500);
		List<TextSpan> spans = sentences.split(text);
		assertTrue(spans.stream().allMatch(span -> span.length() <= SentenceSplitter.MAX_LENGTH), spans.toString());
		assertTrue(spans.size() > 1);
		for (int i = 1; i < spans.size(); i++) {
			assertTrue(spans.get(i).start() >= spans.get(i - 1).end(), "spans do not overlap");
		}
		String covered = String.join("", spans.stream().map(span -> span.of(text).replace(" ", "")).toList());
		assertEquals(text.replace(" ", ""), covered, "every character but spaces is in a sentence");
		assertTrue(spans.get(1).of(text).endsWith("und dann,"), "cut after a comma: " + spans.get(1).of(text));
	}
}
