package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.References;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * An alignment with claim words credited as referred to: with nothing to credit it is the alignment
 * itself (most sentences credit nothing, and each is asked by four kinds of reference); a credit
 * replaces only a weaker match of its word.
 */
class WithReferencesTest {

	private static final AnalyzedText CLAIM = TextAnalyzer.german().analyze("Die Verkehrspolizei hat am Wochenende Fahrzeuge kontrolliert.");
	private static final AnalyzedText SENTENCE = TextAnalyzer.german().analyze("Am Wochenende habe die VPL 130 Fahrzeuge kontrolliert.");

	@Test
	void nothingToCreditLeavesTheAlignmentItself() {
		Alignment alignment = Aligner.align(CLAIM, SENTENCE);
		assertSame(alignment, alignment.withReferences(List.of()));
	}

	@Test
	void aCreditReplacesOnlyAWeakerMatchOfItsWord() {
		Alignment alignment = Aligner.align(CLAIM, SENTENCE);
		TermMatch police = alignment.matches().stream().filter(m -> m.claimTerm().text().equals("Verkehrspolizei")).findFirst()
				.orElseThrow();
		TermMatch vehicles = alignment.matches().stream().filter(m -> m.claimTerm().text().equals("Fahrzeuge")).findFirst()
				.orElseThrow();
		TermMatch abbreviation = new TermMatch(police.claimTerm(), References.CREDIT,
				SENTENCE.terms().stream().filter(t -> t.text().equals("VPL")).findFirst().orElseThrow(), TermMatch.How.EQUIVALENT);
		TermMatch weaker = new TermMatch(vehicles.claimTerm(), vehicles.score() / 2, vehicles.sentenceTerm(), TermMatch.How.EQUIVALENT);
		Alignment credited = alignment.withReferences(List.of(abbreviation, weaker));
		List<TermMatch> expected = alignment.matches().stream().map(m -> m == police ? abbreviation : m).toList();
		assertEquals(expected, credited.matches());
		assertEquals(new Alignment(expected).coverage(), credited.coverage());
	}
}
