package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * What a sentence sharing the claim's words still does not state: what it only asks about, a reason
 * the claim adds, and a denial where it says "nicht nur".
 */
class UnstatedDetailTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"frage", "Rathaus\n\nHat der Bürgermeister den Vertrag mit der Baufirma unterschrieben?\n",
			"warum", "Landkreis\n\nWarum hat die Landrätin den Vertrag mit der Molkerei gekündigt?\n",
			"laden", "Dorf\n\nDie Bäckerin schloss ihren Laden am Mittag.\n",
			"erkaeltung", "Stadt\n\nWegen einer Erkältung schloss der Metzger sein Geschäft am Abend.\n",
			"sortiment", "Dorf\n\nDie Bäckerin am Markt verkauft nicht nur Brot, sondern auch Kuchen.\n",
			"umgehung", "Gemeinde\n\nKaum jemand im Ort unterstützt den Plan für die Umgehungsstraße.\n",
			"burg", "Burg\n\nDas Fotografieren ist in der Burg verboten.\n",
			"fest", "Gemeinde\n\nBeim Sommerfest halfen jede Menge Nachbarn mit.\n",
			"kellner", "Gasthof\n\nDer Kellner im Gasthof war freundlich.\n",
			"kurs", "Volkshochschule\n\nDer Versuch, den Kochkurs der Volkshochschule wiederzubeleben, blieb erfolglos.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.findings().toString());
	}

	/** A question without a question word asks whether; one with a question word takes what it asks about as given. */
	@Test
	void aQuestionWhetherStatesNothing() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Bürgermeister hat den Vertrag mit der Baufirma unterschrieben.", "frage");
		assertVerdict(Verdict.SUPPORTED, "Die Landrätin hat den Vertrag mit der Molkerei gekündigt.", "warum");
	}

	@Test
	void aReasonTheSourceDoesNotGiveIsNoToleratedGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Bäckerin schloss ihren Laden am Mittag, weil sie krank war.", "laden");
		assertVerdict(Verdict.SUPPORTED, "Der Metzger schloss sein Geschäft am Abend, weil er krank war.", "erkaeltung");
	}

	/** A degree that cannot hold with the claim's (kaum jemand / viele, verboten / dürfen) says something else. */
	@Test
	void aClashingDegreeStatesNothing() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Viele Bewohner im Ort unterstützen den Plan für die Umgehungsstraße.", "umgehung");
		assertVerdict(Verdict.UNSOURCED, "Besucher dürfen in der Burg fotografieren.", "burg");
	}

	/** jede Menge is many, not every one: it does not state a claim about most. */
	@Test
	void lotsOfDoesNotStateMost() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Beim Sommerfest halfen die meisten Nachbarn mit.", "fest");
	}

	@Test
	void notOnlyDeniesNothing() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Bäckerin am Markt verkauft das Brot nicht.", "sortiment");
	}

	/** un- makes the opposite: unfreundlich is not said by freundlich, nor the other way round. */
	@Test
	void aWordWithUnIsNotStatedByItsBase() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Kellner im Gasthof war unfreundlich.", "kellner");
	}

	/** -los denies what -reich and -voll affirm: erfolgreich is not said by erfolglos. */
	@Test
	void aWordIsNotStatedByItsOppositeBySuffix() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Versuch, den Kochkurs der Volkshochschule wiederzubeleben, war erfolgreich.", "kurs");
	}
}
