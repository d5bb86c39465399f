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
 * What a claim without a full verb predicates of its subject (Holm ist Schwede) is the claim itself:
 * a sentence that names the subject and leaves the predicate out does not state it, however many of
 * the claim's other words it has.
 */
class PredicativeComplementTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("team",
			"Team\n\nDer Stürmer Lars Holm wurde im Februar nach langer Pause wieder eingesetzt.\n",
			"fest", "Fest\n\nBeim Sommerfest in Linz waren rund 2.000 Getreue anwesend.\n",
			"kredit", "Kredite\n\nGrößter Kreditnehmer im Ausmaß von 40 Millionen Euro ist laut Bericht die Holding selbst gewesen.\n"
					+ "Die Holding gehört zur Gänze dem Land.\n" + "Die LIG bekam nur kleinere Summen.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		assertVerdict(expected, claim, "team");
	}

	private static void assertVerdict(Verdict expected, String claim, String document) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, document);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSubjectWithoutThePredicateDoesNotStateIt() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der Stürmer Lars Holm ist Schwede.");
	}

	@Test
	void thePredicateTheSentenceGivesIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Lars Holm ist Stürmer.");
	}

	@Test
	void aPrepositionalPhraseBetweenCopulaAndPredicateLeavesItThePredicate() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Größter Kreditnehmer war mit 40 Millionen Euro die LIG.", "kredit");
	}

	@Test
	void aNounBeforeAPredicateAdjectiveIsTheSubjectNotThePredicate() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Beim Sommerfest in Linz waren rund 2.000 Anhänger anwesend.", "fest");
	}
}
