package org.factcheck.checkers.names.tests;

import static org.factcheck.engine.tests.harness.CheckerHarness.deciding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.names.NameChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Another country in the claim's slot conflicts also where the country's name takes an article
 * (über die Türkei / über Italien), and where the sentence gives the claim's verb after it, as a
 * participle attribute (eines aus Ghana stammenden Vaters / der Vater stammt aus Nigeria).
 */
class SubstitutionSlotTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus ROUTE = HandWrittenCorpus.of(Map.of("route",
			"Fähren\n\nIm Sommer sind mehr als 30.000 Menschen über die Türkei nach Griechenland gekommen.\n"));

	@RegisterExtension
	static final HandWrittenCorpus ORIGIN = HandWrittenCorpus.of(Map.of("spieler",
			"Porträt\n\nDer Stürmer, als Sohn einer deutschen Mutter und eines aus Ghana stammenden Vaters in Hamburg geboren, spielt in Leipzig.\n"));

	@RegisterExtension
	static final HandWrittenCorpus SUCCESSOR = HandWrittenCorpus.of(Map.of("verband",
			"Nachfolge\n\nAls möglicher Nachfolger gilt der Jordanier Ali Hassan, der bei der Wahl angetreten war.\n"));

	private static void assertConflict(HandWrittenCorpus corpus, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(corpus.store(), claim, document);
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(NameChecker.ID, deciding(result).checkerId());
	}

	@Test
	void anotherCountryAfterTheSamePrepositionAndArticleConflicts() throws IOException {
		assertConflict(ROUTE, "Im Sommer sind mehr als 30.000 Menschen über Italien nach Griechenland gekommen.", "route");
	}

	@Test
	void anotherCountryBeforeTheClaimsVerbAsAParticipleConflicts() throws IOException {
		assertConflict(ORIGIN, "Der Vater des Stürmers stammt aus Nigeria.", "spieler");
	}

	@Test
	void theSameCountrySupports() throws IOException {
		assertEquals(Verdict.SUPPORTED, CHECKERS.verify(ROUTE.store(),
				"Im Sommer sind mehr als 30.000 Menschen über die Türkei nach Griechenland gekommen.", "route").verdictValue());
	}

	@Test
	void anotherNationalityAfterTheSameArticleConflicts() throws IOException {
		assertConflict(SUCCESSOR, "Der Saudi Ali Hassan gilt als möglicher Nachfolger.", "verband");
	}
}
