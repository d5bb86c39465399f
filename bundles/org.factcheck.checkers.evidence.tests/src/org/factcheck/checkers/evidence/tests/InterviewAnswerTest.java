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
 * In the answers of an interview printed as questions and answers, ich is the interviewee the lead
 * names and wir what he speaks for: an answer states a claim about them. Outside an interview, or in
 * the interviewer's questions, it does not.
 */
class InterviewAnswerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	private static final String LEAD = "Mit Zukäufen will Brauerei-Chef Konrad Lindner die Brauerei Adlerbräu Linz wachsen lassen.\n";

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"interview", "Bier\n\n" + LEAD + "STANDARD: Wie lief das vergangene Jahr? Lindner: Gut, danke. Der Markt war schwierig. "
					+ "Die Konkurrenz ist groß. STANDARD: Und der Absatz? Lindner: Wir haben 2015 den Absatz um vier Prozent gesteigert. "
					+ "STANDARD: Und Sie selbst? Lindner: Das ist lange her. Ich habe viel gelernt. Es war eine gute Zeit. "
					+ "Die Arbeit macht Freude. Ich arbeite seit drei Jahren in der Firma.\n",
			"bericht", "Bier\n\n" + LEAD + "Der Markt war schwierig. Die Konkurrenz ist groß. Die Preise sind gestiegen. "
					+ "Wir haben 2016 den Umsatz um neun Prozent gesteigert, sagte ein Sprecher des Verbands.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void wirInAnAnswerIsWhatTheIntervieweeSpeaksFor() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Adlerbräu Linz hat 2015 den Absatz um vier Prozent gesteigert.", "interview");
	}

	@Test
	void ichInAnAnswerIsTheInterviewee() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Konrad Lindner arbeitet seit drei Jahren in der Firma.", "interview");
	}

	@Test
	void wirOutsideAnInterviewIsNoOneTheLeadNames() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Adlerbräu Linz hat 2016 den Umsatz um neun Prozent gesteigert.", "bericht");
	}
}
