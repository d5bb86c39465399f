package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A negation in the clause of a sentence word that realises the claim's verb only as a narrower
 * term (nicht … erkannt for erschienen) denies that narrower act, not the claim's: the sentence,
 * read with the sentences before it, does not conflict.
 */
class NarrowerDenialTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("fisch", "Schuppenfresser\n\n"
			+ "Aggressive Buntbarsche im Tanganjikasee imitieren das Streifenmuster zweier friedlicher Arten. "
			+ "Die Studie erschien im Fachblatt Biology Letters. "
			+ "Diese Buntbarsche der Art Plecodus straeleni nähern sich ihren Opfern von hinten und schießen dann blitzschnell auf sie zu. "
			+ "Damit er nicht schon von weitem als Angreifer erkannt wird, bedient sich der Schuppenfresser aggressiver Mimikry: "
			+ "Er tarnt sich als harmloser Fisch, indem er das gleiche Muster trägt wie zwei friedlich lebende Buntbarscharten.\n"));

	@Test
	void aDeniedNarrowerActDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Studie über den Buntbarsch Plecodus straeleni ist im Fachblatt Biology Letters erschienen.", "fisch");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
