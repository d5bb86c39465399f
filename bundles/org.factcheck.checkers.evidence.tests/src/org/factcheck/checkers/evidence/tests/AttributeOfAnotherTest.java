package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence that has the claim's verb only as the attribute of another noun (eine wachsende Zahl
 * von Lesern) says it of that thing, not of the claim's subject; where it says it of the claim's
 * subject, it states the claim.
 */
class AttributeOfAnotherTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"bibliothek", "Die Stadtbibliothek\n\nEine wachsende Zahl von Lesern trifft dort auf ein seit Jahren stagnierendes Budget der Stadtbibliothek.\n",
			"museum", "Das Stadtmuseum\n\nDas Budget des Stadtmuseums ist in den vergangenen Jahren deutlich gewachsen, sagte der Direktor.\n",
			"konsole", "Die Konsole\n\nBei dem Kauf sind bereits zehn Figuren vorinstalliert, darunter Ritter und Drachen.\n"));

	@Test
	void theVerbAsAttributeOfAnotherNounDoesNotStateTheClaim() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Das Budget der Stadtbibliothek ist seit Jahren stark gewachsen.", "bibliothek");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theVerbSaidOfTheClaimsSubjectStatesIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Das Budget des Stadtmuseums ist in den vergangenen Jahren gewachsen.", "museum");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aParticipleWithoutEndingIsNoAttributeOfTheNounAfterIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Beim Kauf sind bereits zehn Figuren vorinstalliert.", "konsole");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
