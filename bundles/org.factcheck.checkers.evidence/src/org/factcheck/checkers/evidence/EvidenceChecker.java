package org.factcheck.checkers.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.terms.TermKind;

/**
 * Finds the corpus sentences that best state a claim (cited documents first, then the whole
 * corpus) and compares their numbers with the claim's: a sentence covering the claim's words with
 * compatible numbers supports it; one covering the rest of the claim with another number for the
 * same thing conflicts with it. Reports the best sentence of each document.
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
			Finding finding = judge(evidence, sentence);
			if (finding != null) {
				perDocument.merge(sentence.documentId(), finding,
						(a, b) -> a.confidence() >= b.confidence() ? a : b);
			}
		}
		List<Finding> findings = new ArrayList<>(perDocument.values());
		findings.sort(Comparator.comparingDouble(Finding::confidence).reversed());
		return findings;
	}

	private static Finding judge(ClaimEvidence evidence, AlignedSentence sentence) {
		QuantityComparison numbers = QuantityComparison.compare(evidence.claim(), sentence.analysis());
		double rest = sentence.alignment().coverage(term -> term.kind() != TermKind.NUMBER);
		if (!numbers.conflicts().isEmpty() && numbers.agreements().isEmpty() && rest >= STATES) {
			QuantityComparison.Pair conflict = numbers.conflicts().get(0);
			String stated = surface(sentence.analysis().text(), conflict.sentence().start(), conflict.sentence().end());
			String claimed = surface(evidence.claim().text(), conflict.claim().start(), conflict.claim().end());
			Evidence passage = sentence.evidence();
			return Finding.assessment(ID, Verdict.CONFLICTING, Math.min(0.95, 0.5 + 0.45 * rest),
					sentence.documentId() + " gives " + stated + " where the claim says " + claimed + ": "
							+ sentence.quoted(),
					List.of(passage, sentence.evidence(conflict.sentence().start(), conflict.sentence().end())));
		}
		if (sentence.coverage() >= STATES && numbers.conflicts().isEmpty()) {
			int percent = (int) Math.round(sentence.coverage() * 100);
			return Finding.assessment(ID, Verdict.SUPPORTED, Math.min(0.95, sentence.coverage()),
					sentence.documentId() + " states it (" + percent + "% of the claim's content words): "
							+ sentence.quoted(),
					List.of(sentence.evidence()));
		}
		return null;
	}

	private static String surface(String text, int start, int end) {
		return "\u201E" + text.substring(start, end) + "\u201C";
	}
}
