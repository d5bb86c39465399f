package org.factcheck.checkers.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;

/**
 * Finds the corpus sentences that state a claim, in the same or other words (cited documents
 * first, then the whole corpus): a sentence that contains enough of the claim's content words —
 * inflected, compounded or split differently — supports it. The aspect checkers (numbers, dates,
 * names, polarity) report where such a sentence nevertheless says something else. Reports the
 * best sentence of each document.
 */
public final class EvidenceChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.evidence";

	/** Weighted share of the claim's content words a sentence must contain to state it. */
	static final double STATES = 0.6;

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (sentence.coverage() >= STATES && !perDocument.containsKey(sentence.documentId())) {
				int percent = (int) Math.round(sentence.coverage() * 100);
				perDocument.put(sentence.documentId(), Finding.assessment(ID, Verdict.SUPPORTED,
						Math.min(0.95, sentence.coverage()),
						sentence.documentId() + " states it (" + percent + "% of the claim's content words): "
								+ sentence.quoted(),
						List.of(sentence.evidence())));
			}
		}
		List<Finding> findings = new ArrayList<>(perDocument.values());
		findings.sort(Comparator.comparingDouble(Finding::confidence).reversed());
		return findings;
	}
}
