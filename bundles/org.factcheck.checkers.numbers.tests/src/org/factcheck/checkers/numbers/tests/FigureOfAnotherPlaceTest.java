package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The claim's figure in a sentence that puts it in another place (In Norwegen … 2.500 Kilowattstunden
 * for In Portugal … 2.500 Kilowattstunden) counts something else: it does not support the claim, unless
 * the sentences before it give the claim's place (Linz, then In Oberösterreich wurden … verletzt), other
 * than only listed beside the sentence's place (Heiligenkreuz und Bad Gleichenberg).
 */
class FigureOfAnotherPlaceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("strom",
			"Stromverbrauch im Vergleich\n\nIn Norwegen verbraucht jeder Haushalt im Schnitt rund 2.500 Kilowattstunden Strom im Monat. "
					+ "In Portugal kommt ein Haushalt dagegen mit einem Bruchteil davon aus.\n",
			"hagel", "Hagel über Linz\n\nEin schweres Unwetter mit Hagel hat am Sonntag den Verkehr in Linz lahmgelegt. "
					+ "In Oberösterreich wurden bei dem Unwetter 14 Autofahrer verletzt.\n",
			"grenze", "Andrang an der Grenze\n\nIm Laufe des Samstags sind laut Polizei 4.000 Menschen über die Grenzübergänge "
					+ "Heiligenkreuz und Bad Gleichenberg eingereist. In Bad Gleichenberg warteten am Samstagabend noch 2.800 Personen.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "strom");
	}

	@Test
	void theFigureOfAnotherPlaceDoesNotSupport() throws IOException {
		ClaimResult result = verify("In Portugal verbraucht jeder Haushalt im Schnitt rund 2.500 Kilowattstunden Strom im Monat.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theFigureOfTheClaimsPlaceSupports() throws IOException {
		ClaimResult result = verify("In Norwegen verbraucht jeder Haushalt im Schnitt rund 2.500 Kilowattstunden Strom im Monat.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aPlaceListedBesideTheSentencesPlaceBeforeDoesNotSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "In Heiligenkreuz warteten am Samstagabend noch 2.800 Personen.", "grenze");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theFigureOfTheListedPlaceItselfSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "In Bad Gleichenberg warteten am Samstagabend noch 2.800 Personen.", "grenze");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aWiderPlaceAfterTheClaimsPlaceWasGivenStillSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei dem Unwetter in Linz wurden 14 Autofahrer verletzt.", "hagel");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
