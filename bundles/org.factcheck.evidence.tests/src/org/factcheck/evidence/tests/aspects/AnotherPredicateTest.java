package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.aspects.AnotherPredicate;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's named subject another predicative noun where the claim's is the word it leaves unsaid. */
class AnotherPredicateTest {

	/** The sentence's predicative noun that replaces the claim's unsaid one, or "none". */
	private static String replacing(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		Alignment alignment = Aligner.align(c, s);
		return alignment.unrealised(term -> term.kind() == TermKind.NOUN && Elements.isElement(term)).stream()
				.map(gap -> AnotherPredicate.find(c, s, alignment, gap)).flatMap(java.util.Optional::stream)
				.map(i -> s.tokens().get(i).text()).findFirst().orElse("none");
	}

	@Test
	void theNamedSubjectIsSomethingElse() {
		assertEquals("Vorgängerin", replacing("Laut der Chronik war Anna Berger die Nachfolgerin des Bürgermeisters.",
				"Anna Berger war die Vorgängerin des Bürgermeisters, so steht es in der Chronik."));
		assertEquals("Stellvertreterin", replacing("Anna Berger ist die Chefin der Feuerwehr.",
				"Anna Berger ist die Stellvertreterin der Feuerwehr."));
	}

	@Test
	void aSentenceWithoutAnotherPredicateOrWithTheClaimsIsNotConcerned() {
		assertEquals("none", replacing("Anna Berger ist die Chefin der Feuerwehr.", "Anna Berger leitet seit 2019 die Feuerwehr."));
		assertEquals("none", replacing("Anna Berger ist die Chefin der Feuerwehr.", "Anna Berger ist seit 2019 bei der Feuerwehr."));
		assertEquals("none", replacing("Anna Berger kaufte das Haus.", "Anna Berger ist die Besitzerin des Hauses."));
		assertEquals("none", replacing("Anna Berger ist gegen Paul Huber als Kandidatin angetreten.",
				"Ich glaube, Anna Berger war die Dame, die gegen Paul Huber antrat."));
	}
}
