package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same number supports a claim only in a sentence that counts the same thing: not where the
 * claim adds a phrase saying which ones it counts (Mitglieder aus dem Ausland), nor where the
 * sentence counts a whole of which the claim names one part (in Liga und Cup 19 Tore), nor where
 * the claim adds more than one word the sentence does not give besides its verb (spielte drei
 * Jahre lang als Torwart, where the sentence only says that he left after three years).
 */
class RestOfTheStatementTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"verein", "Verein\n\nDer Ruderverein zählte im vergangenen Jahr 420 Mitglieder.\n",
			"wechsel", "Wechsel\n\nNach drei Jahren wechselt Berger im Sommer vom Linzer Sportclub zum Verein Sturm Graz.\n",
			"tore", "Stürmer\n\nDer Stürmer Hans Berger wechselte im Sommer nach Graz. Berger spielt seit 2019 für Sturm "
					+ "und erzielte in der vergangenen Saison in Liga und Cup 19 Tore.\n"));

	private static Verdict verdict(String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim);
		return result.verdictValue();
	}

	@Test
	void aPhraseSayingWhichOnesIsNotSupportedByTheNumber() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Der Ruderverein zählte im vergangenen Jahr 420 Mitglieder aus dem Ausland."));
		assertEquals(Verdict.SUPPORTED, verdict("Der Ruderverein zählte im vergangenen Jahr 420 Mitglieder."));
	}

	@Test
	void aFigureForACoordinatedWholeDoesNotHoldForOnePart() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Hans Berger erzielte in der vergangenen Saison 19 Tore in der Liga."));
		assertEquals(Verdict.SUPPORTED, verdict("Hans Berger erzielte in der vergangenen Saison in Liga und Cup 19 Tore."));
	}

	@Test
	void theSameNumberDoesNotSupportAClaimThatAddsSeveralWords() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Berger spielte drei Jahre lang als Torwart beim Linzer Sportclub."));
		assertEquals(Verdict.SUPPORTED, verdict("Nach drei Jahren verlässt Berger den Linzer Sportclub."));
	}
}
