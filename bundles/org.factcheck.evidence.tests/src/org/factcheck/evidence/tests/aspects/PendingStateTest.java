package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.PendingState;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's act as still to come, against a claim saying it is done. */
class PendingStateTest {

	/** The word that makes the act pending, or "none". */
	private static String pending(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return PendingState.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void whatIsLeftOrOwedIsNotDone() {
		assertEquals("noch", pending("Der Stadtrat hat dem neuen Bebauungsplan bereits zugestimmt.",
				"Für den neuen Bebauungsplan bleibt nur noch die Zustimmung des Stadtrats, die als sicher gilt."));
		assertEquals("noch", pending("Der Landtag hat dem Vertrag mit der Baufirma zugestimmt.",
				"Die Zustimmung des Landtags zum Vertrag mit der Baufirma steht noch aus."));
		assertEquals("noch", pending("Die Kommission hat die Erhöhung der Renten genehmigt.",
				"Die Erhöhung der Renten muss noch von der Kommission genehmigt werden."));
	}

	@Test
	void aDoneActOrAClaimThatIsItselfPendingIsNotConcerned() {
		assertEquals("none", pending("Der Stadtrat hat dem neuen Bebauungsplan zugestimmt.",
				"Der Stadtrat hat dem neuen Bebauungsplan am Montag zugestimmt, die Unterschrift fehlt noch."));
		assertEquals("none", pending("Die Kommission muss die Erhöhung der Renten noch genehmigen.",
				"Die Erhöhung der Renten muss noch von der Kommission genehmigt werden."));
		assertEquals("none", pending("Der Trainer bleibt beim Verein.", "Der Trainer bleibt noch bis zum Sommer beim Verein."));
		assertEquals("none", pending("Die Kommission hat die Erhöhung der Renten genehmigt.",
				"Die Kommission hat die Erhöhung der Renten noch am selben Tag genehmigt."));
	}
}
