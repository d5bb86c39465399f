package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same date supports a claim only in a sentence that realises its other elements as a stating
 * sentence must: not where the claim adds a clause the sentence does not give, nor where the
 * sentence gives the act another recipient, nor where only the sentence beside it, which gives the
 * date, names the claim's place.
 */
class ElementsBesideTheDateTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"gemeinde", "Gemeinde\n\nDie Gemeinde Altdorf wird seit 2009 von der Liste Huber regiert, "
					+ "die im Gemeinderat die Mehrheit hält.\n",
			"lieferung", "Lieferung\n\nDer Konzern Stahlwerk hat am Montag Lieferungen an Ungarn angekündigt. "
					+ "Über Rumänien sprach sein Chef am Dienstag.\n",
			"museum", "Museum\n\nDie Ministerin eröffnete in Linz ein Museum für Bergbau. "
					+ "Das Museum war am Dienstag für alle Besucher offen, danach fuhr sie nach Salzburg.\n"));

	private static Verdict verdict(String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim);
		return result.verdictValue();
	}

	@Test
	void aClauseTheSentenceDoesNotGiveIsNotSupportedByTheDate() throws IOException {
		assertNotEquals(Verdict.SUPPORTED,
				verdict("Die Gemeinde Altdorf wird seit 2009 von der Liste Huber regiert, nachdem diese die Volkspartei abgelöst hatte."));
		assertEquals(Verdict.SUPPORTED, verdict("Die Gemeinde Altdorf wird seit 2009 von der Liste Huber regiert."));
	}

	@Test
	void anotherRecipientIsNotSupportedByTheDate() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Der Konzern Stahlwerk hat am Montag Lieferungen an Rumänien angekündigt."));
		assertEquals(Verdict.SUPPORTED, verdict("Der Konzern Stahlwerk hat am Montag Lieferungen an Ungarn angekündigt."));
	}

	@Test
	void thePlaceOfTheNeighbourGivingTheDateIsNotThePlaceOfTheAct() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, verdict("Die Ministerin eröffnete am Dienstag in Salzburg ein Museum für Bergbau."));
		assertEquals(Verdict.SUPPORTED, verdict("Die Ministerin eröffnete am Dienstag in Linz ein Museum für Bergbau."));
	}
}
