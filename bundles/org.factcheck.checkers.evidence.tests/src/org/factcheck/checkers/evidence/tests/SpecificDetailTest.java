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
 * A stating sentence may leave out one element of the claim, but never a detail that pins the
 * statement down: a month, a unit of time or a share the source does not give, or a place or
 * person the document never mentions.
 */
class SpecificDetailTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"land", "Politik\n\nDer Landeshauptmann hat die Forderung nach strengeren Regeln für Baufirmen verteidigt.\n\n"
					+ "Die Staatsanwaltschaft hat die Ermittlungen gegen den Bürgermeister im Frühjahr eingestellt.\n\n"
					+ "Im Wald mit Lianen wird nur ein Viertel der Menge an Kohlenstoff aufgenommen.\n",
			"hotline", "Betrug\n\nWir empfehlen, teure Nummern keinesfalls anzurufen. Das sagte ein Sprecher der RTR.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aNameTheDocumentMentionsElsewhereMayBeLeftOut() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die RTR empfiehlt, teure Nummern keinesfalls anzurufen.", "hotline");
	}

	@Test
	void aNameTheDocumentNeverMentionsIsNotLeftOut() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Telekom empfiehlt, teure Nummern keinesfalls anzurufen.", "hotline");
		assertVerdict(Verdict.UNSOURCED,
				"Der Landeshauptmann hat in Texas die Forderung nach strengeren Regeln für Baufirmen verteidigt.", "land");
	}

	@Test
	void aPlaceMadeIntoAWordTheDocumentNeverMentionsIsNotLeftOut() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Landeshauptmann hat die Forderung nach strengeren Regeln verteidigt.", "land");
		assertVerdict(Verdict.UNSOURCED, "Der Tiroler Landeshauptmann hat die Forderung nach strengeren Regeln verteidigt.",
				"land");
	}

	@Test
	void aMonthTheSourceDoesNotGiveIsNotLeftOut() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Staatsanwaltschaft hat die Ermittlungen gegen den Bürgermeister eingestellt.",
				"land");
		assertVerdict(Verdict.UNSOURCED,
				"Die Staatsanwaltschaft hat die Ermittlungen gegen den Bürgermeister im März eingestellt.", "land");
	}

	@Test
	void aShareTheSourceDoesNotGiveIsNotLeftOut() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Im Wald mit Lianen wird nur die Hälfte der Menge an Kohlenstoff aufgenommen.",
				"land");
	}
}
