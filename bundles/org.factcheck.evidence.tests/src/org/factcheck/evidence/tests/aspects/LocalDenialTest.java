package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.LocalDenial;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence word realising the claim's verb, adjective or noun, denied right before it. */
class LocalDenialTest {

	/** The denying word, or "none". */
	private static String denial(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return LocalDenial.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aNegationRightBeforeTheInfinitiveOfAnInterruptedClauseDenies() {
		assertEquals("keinesfalls", denial("Die Behörde rät, der Bitte, teure Nummern anzurufen, zu folgen.",
				"Wir raten, der Bitte, teure Nummern anzurufen, keinesfalls zu folgen."));
		assertEquals("none", denial("Die Behörde rät, der Bitte, teure Nummern anzurufen, zu folgen.",
				"Wir raten, der Bitte, teure Nummern anzurufen, sofort zu folgen."));
	}

	@Test
	void aDegreeSayingHardlyAtAllDeniesTheAdjective() {
		assertEquals("wenig", denial("Die Seuche ist eine weithin bekannte Krankheit.", "Die Seuche ist eine wenig bekannte Krankheit."));
		assertEquals("kaum", denial("Der Park wird von Familien genutzt.", "Der Park wird von Familien kaum genutzt."));
		assertEquals("none", denial("Die Seuche ist eine kaum bekannte Krankheit.", "Die Seuche ist eine wenig bekannte Krankheit."));
		assertEquals("none", denial("Der Tee ist süß.", "Der Tee ist ein wenig süß."));
	}

	@Test
	void aClaimThatDeniesItselfIsLeftToTheOtherRules() {
		assertEquals("none", denial("Die Seuche wird nicht korrekt erkannt.", "Die Seuche wird oft nicht korrekt erkannt."));
		assertEquals("nicht", denial("Die Seuche wird korrekt erkannt.", "Die Seuche wird oft nicht korrekt erkannt."));
	}

	@Test
	void aNounThatKeinDeterminesIsDenied() {
		assertEquals("keinerlei", denial("Die Firma bestätigte Zwischenfälle in ihren Filialen.",
				"Die Firma teilte mit, dass es zu keinerlei Zwischenfällen in ihren Filialen gekommen ist."));
		assertEquals("keine", denial("Die Polizei fand Spuren am Tatort.", "Die Polizei fand keine brauchbaren Spuren am Tatort."));
	}

	@Test
	void aNounAlsoNamedWithoutKeinOrInAPhraseThatDeniesNothingIsNotDenied() {
		assertEquals("none", denial("Die Polizei fand Spuren am Tatort.",
				"Die Polizei fand Spuren am Tatort, aber keine Spuren im Auto."));
		assertEquals("none", denial("Der Minister beantwortete eine Frage zum Budget.",
				"Keine Frage, der Minister beantwortete alles zum Budget."));
		assertEquals("none", denial("Die Firma bestätigte keine Zwischenfälle.", "Es gab keinerlei Zwischenfälle."));
	}

	@Test
	void aNounTheClaimDeniesWithOhneIsNotDeniedAgainstIt() {
		assertEquals("none", denial("Ohne Gegenfinanzierung wäre das Defizit im ersten Jahr höher.",
				"Sofern es keine Gegenfinanzierung gibt, wäre das Defizit im ersten Jahr höher."));
		assertEquals("keine", denial("Mit Gegenfinanzierung wäre das Defizit im ersten Jahr höher.",
				"Sofern es keine Gegenfinanzierung gibt, wäre das Defizit im ersten Jahr höher."));
	}
}
