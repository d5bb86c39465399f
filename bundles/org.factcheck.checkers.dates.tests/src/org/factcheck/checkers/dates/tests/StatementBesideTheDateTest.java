package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same date supports a claim only in a sentence that states the rest of it: a date that
 * matches in a sentence about another place, or in the sentence next to it, supports nothing; nor
 * does a date in the next sentence lend its statement to a sentence sharing only the claim's names,
 * nor a date in a clause whose doer is another person than the claim's.
 */
class StatementBesideTheDateTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"faehre", "Fähre\n\nDie Fähre Aurora war im März 2019 vor der Insel Korfu auf eine Sandbank gelaufen. "
					+ "Alle Passagiere konnten das Schiff unverletzt verlassen.\n",
			"halle", "Halle\n\nDie Gemeinde Altdorf hat eine neue Turnhalle für ihre Schulen gebaut. "
					+ "Eröffnet wurde die Turnhalle am 4. Mai 2019.\n",
			"bruecke", "Brücke\n\nBürgermeisterin Eva Lang lobte die Baufirma für die neue Brücke. "
					+ "Stadtrat Paul Huber ging davon aus, dass 2021 ein schwieriges Jahr wird.\n",
			"schule", "Schule\n\nBürgermeisterin Eva Lang lobte die Baufirma für die pünktliche Arbeit. Während Stadtrat "
					+ "Paul Huber damit rechnete, dass die Schule erst 2021 fertig wird, war sie zuversichtlich.\n"));

	@Test
	void theSameDateAtAnotherPlaceSupportsNothing() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Im März 2019 war die Fähre Aurora vor der Insel Kreta auf eine Sandbank gelaufen.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameDateAndPlaceSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Im März 2019 war die Fähre Aurora vor der Insel Korfu auf eine Sandbank gelaufen.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theDateInTheNextSentenceSupportsOnlyTheSamePlace() throws IOException {
		ClaimResult other = CHECKERS.verify(CORPUS.store(),
				"Die Gemeinde Grünau hat am 4. Mai 2019 eine neue Turnhalle für ihre Schulen eröffnet.");
		assertNotEquals(Verdict.SUPPORTED, other.verdictValue(), other.verdict().reason());
		ClaimResult same = CHECKERS.verify(CORPUS.store(),
				"Die Gemeinde Altdorf hat am 4. Mai 2019 eine neue Turnhalle für ihre Schulen eröffnet.");
		assertEquals(Verdict.SUPPORTED, same.verdictValue(), same.verdict().reason());
	}

	@Test
	void theSameDateSupportsOnlyTheDoerOfItsClause() throws IOException {
		ClaimResult other = CHECKERS.verify(CORPUS.store(),
				"Bürgermeisterin Eva Lang rechnete damit, dass die Schule erst 2021 fertig wird.", "schule");
		assertNotEquals(Verdict.SUPPORTED, other.verdictValue(), other.verdict().reason());
		ClaimResult same = CHECKERS.verify(CORPUS.store(),
				"Stadtrat Paul Huber rechnete damit, dass die Schule erst 2021 fertig wird.", "schule");
		assertEquals(Verdict.SUPPORTED, same.verdictValue(), same.verdict().reason());
	}

	@Test
	void aSentenceSharingOnlyTheNamesTakesNoStatementFromTheNextSentence() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Bürgermeisterin Eva Lang rechnete damit, dass 2021 ein schwieriges Jahr wird.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
