package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.alignment.AbbreviationDefinitions;
import org.factcheck.evidence.alignment.AbbreviationDefinitions.Definition;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A document's abbreviations defined in parentheses are searched for once per document: the same
 * definitions the search of the whole text for each aligned sentence found.
 */
class AbbreviationDefinitionsTest {

	/** The search each aligned sentence made of its whole document before. */
	private static final Pattern DEFINED = Pattern.compile("(?<!\\p{L})(\\p{L}[\\p{L}-]*)\\s*\\((\\p{Lu}{2,6})\\)");

	private static List<Definition> searchedPerSentence(String document) {
		List<Definition> definitions = new ArrayList<>();
		Matcher matcher = DEFINED.matcher(document);
		while (matcher.find()) {
			definitions.add(new Definition(matcher.group(1), matcher.group(2)));
		}
		return definitions;
	}

	@Test
	void everyGnadDocumentHasTheDefinitionsTheSearchPerSentenceFound() throws IOException {
		Path gnad = Path.of(System.getProperty("factcheck.examples"), "gnad", "corpus");
		int documents = 0;
		int definitions = 0;
		try (Stream<Path> files = Files.list(gnad)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				List<Definition> expected = searchedPerSentence(text);
				assertEquals(expected, AbbreviationDefinitions.in(text).all(), file.toString());
				documents++;
				definitions += expected.size();
			}
		}
		assertTrue(documents > 1000, "documents " + documents);
		assertTrue(definitions > 100, "definitions " + definitions);
	}

	@Test
	void edgeCasesHaveTheDefinitionsTheSearchPerSentenceFound() {
		List<String> texts = List.of("", "Keine Klammer.", "(ABC) am Anfang", "Polizei(VPL)", "Polizei \n\t (VPL) und Wien (W)",
				"Verkehrs-Polizei (VPL), die Nord-Süd-Bahn (NSB)", "Polizei (ABCDEFG) und Polizei (Vpl) und Polizei (V1)",
				"3Polizei (VPL) und _Amt (AMT) und -Amt (AMT)", "Amt (AB) (CD) (EF)", "Amt ((AB))", "Amt (AB",
				"Ämter (ÄÖÜ) und Straße (STR)", "\uD835\uDC00mt (AMT) und x\uD835\uDC00 (AB)", "Wien (WI) Graz (GR)",
				"Wien (dpa) – Amt (AB)", "(x) (Ab) (A) Amt (AB)", "Amt (AB) (", "Amt (AB)(");
		for (String text : texts) {
			assertEquals(searchedPerSentence(text), AbbreviationDefinitions.in(text).all(), text);
		}
		assertEquals(List.of(new Definition("Polizei", "VPL")), AbbreviationDefinitions.in("Polizei \n\t (VPL) und Wien (W)").all());
		assertEquals(List.of(new Definition("Verkehrs-Polizei", "VPL"), new Definition("Nord-Süd-Bahn", "NSB")),
				AbbreviationDefinitions.in("Verkehrs-Polizei (VPL), die Nord-Süd-Bahn (NSB)").all());
	}

	@Test
	void theClaimsWordIsDefinedByItsAbbreviation() {
		AbbreviationDefinitions definitions = AbbreviationDefinitions
				.in("Der Leiter der städtischen Verkehrspolizei (VPL) zog Bilanz. Die VPL kontrollierte 130 Fahrzeuge.");
		Term police = TextAnalyzer.german().analyze("Die Verkehrspolizei kontrollierte Fahrzeuge.").terms().stream()
				.filter(t -> t.text().equals("Verkehrspolizei")).findFirst().orElseThrow();
		assertTrue(definitions.defines(police, "VPL"));
		assertFalse(definitions.defines(police, "VP"));
		assertFalse(AbbreviationDefinitions.in("Die Verkehrspolizei kontrollierte Fahrzeuge.").defines(police, "VPL"));
	}

	@Test
	void aDocumentIsSearchedOnceHoweverManyOfItsSentencesAsk() {
		String text = "Die Verkehrspolizei (VPL) zog Bilanz. Die VPL kontrollierte 130 Fahrzeuge.";
		Content content = CorpusFactory.eINSTANCE.createContent();
		content.setText(text);
		Paragraph paragraph = CorpusFactory.eINSTANCE.createParagraph();
		int[][] spans = { { 0, 38 }, { 39, text.length() } };
		for (int i = 0; i < spans.length; i++) {
			Sentence sentence = CorpusFactory.eINSTANCE.createSentence();
			sentence.setIndex(i);
			sentence.setStart(spans[i][0]);
			sentence.setEnd(spans[i][1]);
			paragraph.getSentences().add(sentence);
		}
		content.getParagraphs().add(paragraph);
		AbbreviationDefinitions definitions = DocumentSentences.of(content).abbreviations();
		assertSame(definitions, DocumentSentences.of(content).abbreviations());
		List<Definition> found = definitions.all();
		assertEquals(List.of(new Definition("Verkehrspolizei", "VPL")), found);
		assertSame(found, definitions.all(), "searched again");
	}
}
