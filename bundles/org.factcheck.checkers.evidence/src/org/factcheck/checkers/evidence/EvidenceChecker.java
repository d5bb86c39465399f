package org.factcheck.checkers.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.HeadAlone;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.Term;

/**
 * Finds the corpus sentences that state a claim, in the same or other words (cited documents
 * first, then the whole corpus): a sentence that contains enough of the claim's content words —
 * inflected, compounded or split differently — supports it. The aspect checkers (numbers, dates,
 * names, polarity) report where such a sentence nevertheless says something else. Reports the
 * best sentence of each document.
 */
public final class EvidenceChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.evidence";

	/** Support from two sentences together weighs a little less than from one. */
	static final double TWO_SENTENCES = 0.95;

	/** A sentence with less of the claim is not worth showing as the closest one. */
	static final double CLOSE = 0.3;

	/** Two sentences together must cover this much of the claim, predicate included. */
	static final double TWO_STATE = 0.7;

	private static boolean statesInTwo(AlignedSentence passage) {
		return passage.coverage() >= TWO_STATE && passage.alignment().predicateMatched()
				&& Stating.saysWhatHappened(passage);
	}

	private static Finding support(AlignedSentence sentence, double weight, String how) {
		int percent = (int) Math.round(sentence.coverage() * 100);
		String missing = sentence.alignment().unrealised(Stating::isElement).stream().map(Term::text).distinct()
				.collect(Collectors.joining(", "));
		return Finding.assessment(ID, Verdict.SUPPORTED, Math.min(0.95, sentence.coverage() * weight),
				sentence.documentId() + " " + how + " (" + percent + "% of the claim's content words"
						+ (missing.isEmpty() ? "" : "; not found: " + missing) + "): " + sentence.quoted(),
				List.of(sentence.evidence()));
	}

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (Stating.states(evidence, sentence) && !perDocument.containsKey(sentence.documentId())) {
				perDocument.put(sentence.documentId(), support(sentence, 1.0, "states it"));
			}
		}
		for (AlignedSentence passage : evidence.passages()) {
			if (statesInTwo(passage) && Stating.statesAlso(evidence, passage)
					&& !perDocument.containsKey(passage.documentId())) {
				perDocument.put(passage.documentId(), support(passage, TWO_SENTENCES, "states it in two sentences"));
			}
		}
		List<Finding> findings = new ArrayList<>(perDocument.values());
		findings.sort(Comparator.comparingDouble(Finding::confidence).reversed());
		if (findings.isEmpty()) {
			closest(evidence).ifPresent(findings::add);
		}
		return findings;
	}

	/**
	 * Where nothing states the claim: the sentence that comes closest, cited documents first, the
	 * claim's words it lacks and the compounds it names by their head alone (Knieverletzung only as
	 * Verletzung), so that a fact-checker sees what is missing; where it has every word, that it says
	 * something else with them.
	 */
	private static Optional<Finding> closest(ClaimEvidence evidence) {
		return evidence.sentences().stream().filter(s -> s.coverage() >= CLOSE)
				.max(Comparator.comparing((AlignedSentence s) -> s.candidate().cited())
						.thenComparingDouble(AlignedSentence::coverage))
				.map(sentence -> {
					int percent = (int) Math.round(sentence.coverage() * 100);
					String missing = sentence.alignment().unmatchedClaimTerms().stream().map(Term::text).distinct()
							.collect(Collectors.joining(", "));
					String partly = sentence.alignment().matches().stream().filter(HeadAlone::realises)
							.map(m -> m.claimTerm().text() + " only as „" + m.sentenceTerm().text() + "“").distinct()
							.collect(Collectors.joining(", "));
					String lacks = Stream.of(missing.isEmpty() ? "" : "lacking " + missing, partly).filter(part -> !part.isEmpty())
							.collect(Collectors.joining("; "));
					return Finding.assessment(ID, Verdict.UNSOURCED, sentence.coverage() / 2,
							"No sentence states it; closest is " + sentence.documentId() + " with " + percent
									+ "% of the claim's content words"
									+ (lacks.isEmpty() ? ", which it uses to say something else" : ", " + lacks)
									+ ": " + sentence.quoted(),
							List.of(sentence.evidence()));
				});
	}
}
