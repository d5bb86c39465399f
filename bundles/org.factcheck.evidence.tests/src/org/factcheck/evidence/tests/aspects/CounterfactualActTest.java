package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.CounterfactualAct;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's act only as what would have happened, against a claim saying it happened. */
class CounterfactualActTest {

	/** The subjunctive that makes the act unreal, or "none". */
	private static String unreal(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return CounterfactualAct.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void whatWouldHaveHappenedDidNotHappen() {
		assertEquals("hätte", unreal("Die Jury verhängte gegen den Angeklagten die Höchststrafe.",
				"Die Jury hätte dann gegen den Angeklagten die Höchststrafe verhängen können."));
		assertEquals("wäre", unreal("Die Läuferin wurde Weltmeisterin.",
				"Ohne den Sturz wäre die Läuferin Weltmeisterin geworden."));
		assertEquals("hätten", unreal("Die Aktionäre stimmten der Fusion zu.",
				"Wenn der Preis höher gewesen wäre, hätten die Aktionäre der Fusion zugestimmt."));
	}

	@Test
	void factsReportedSpeechAndClaimsInTheSubjunctiveAreNotConcerned() {
		assertEquals("none", unreal("Die Jury verhängte gegen den Angeklagten die Höchststrafe.",
				"Die Jury verhängte dann gegen den Angeklagten die Höchststrafe."));
		assertEquals("none", unreal("Die Aktionäre lehnten die Fusion ab.",
				"Der Vorstand sagte, die Aktionäre hätten die Fusion dann abgelehnt."));
		assertEquals("none", unreal("Die Läuferin wäre ohne den Sturz Weltmeisterin geworden.",
				"Ohne den Sturz wäre die Läuferin Weltmeisterin geworden."));
		assertEquals("none", unreal("Die Läuferin wurde nicht Weltmeisterin.",
				"Ohne den Sturz wäre die Läuferin Weltmeisterin geworden."));
		assertEquals("none", unreal("Du solltest die neue Halle besuchen.",
				"Es wäre schön, wenn du dann die neue Halle besuchen würdest."));
		assertEquals("none", unreal("Der Minister trat zurück.",
				"Der Minister trat zurück, sonst hätte die Koalition keine Mehrheit gehabt."));
	}
}
