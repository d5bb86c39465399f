package org.factcheck.checkers.numbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.aspects.AnotherActor;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * Compares the claim's numbers (German formats, spelled numbers, ordinals, qualifiers such as
 * über, rund, mindestens, ranges, units and counted nouns) with the numbers of sentences that make
 * the same statement: another number for the same thing conflicts, a compatible one supports where
 * the sentence counts the same thing ({@link Stating#countsTheSameThing}). A
 * number for something else in the same sentence is not compared, nor a sentence that credits the
 * claim's act to another doer ({@link AnotherActor}).
 */
public final class NumberChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.numbers";

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		var quantities = QuantityComparison.quantities(evidence.claim());
		if (quantities.isEmpty()) {
			return List.of();
		}
		Predicate<Term> numberWords = term -> term.kind() == TermKind.NUMBER || quantities.stream()
				.anyMatch(q -> term.start() < q.end() && q.start() < term.end());
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		for (AlignedSentence sentence : SameStatement.sentences(evidence, numberWords)) {
			if (AnotherActor.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isPresent()) {
				continue;
			}
			Finding finding = judge(evidence, sentence, numberWords);
			if (finding != null) {
				perDocument.merge(sentence.documentId(), finding, (a, b) -> a.confidence() >= b.confidence() ? a : b);
			}
		}
		return new ArrayList<>(perDocument.values());
	}

	private static Finding judge(ClaimEvidence evidence, AlignedSentence sentence, Predicate<Term> numberWords) {
		QuantityComparison numbers = QuantityComparison.compare(evidence.claim(), sentence.analysis());
		double rest = SameStatement.restCoverage(sentence, numberWords);
		String claimText = evidence.claim().text();
		String sentenceText = sentence.analysis().text();
		if (!numbers.conflicts().isEmpty()) {
			QuantityComparison.Pair conflict = numbers.conflicts().get(0);
			List<Evidence> passages = new ArrayList<>();
			passages.add(sentence.evidence());
			passages.add(sentence.evidence(conflict.sentence().start(), conflict.sentence().end()));
			return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(rest),
					sentence.documentId() + " gives " + quoted(sentenceText, conflict.sentence().start(), conflict.sentence().end())
							+ " where the claim says " + quoted(claimText, conflict.claim().start(), conflict.claim().end())
							+ ": " + sentence.quoted(),
					passages);
		}
		if (numbers.agreements().size() == QuantityComparison.quantities(evidence.claim()).size()
				&& Stating.countsTheSameThing(evidence, sentence, numberWords)) {
			String matched = numbers.agreements().stream()
					.map(pair -> quoted(claimText, pair.claim().start(), pair.claim().end()) + " = "
							+ quoted(sentenceText, pair.sentence().start(), pair.sentence().end()))
					.collect(Collectors.joining(", "));
			List<Evidence> passages = new ArrayList<>();
			passages.add(sentence.evidence());
			numbers.agreements().forEach(pair -> passages.add(sentence.evidence(pair.sentence().start(), pair.sentence().end())));
			return Finding.assessment(ID, Verdict.SUPPORTED, Math.min(0.95, sentence.coverage()),
					sentence.documentId() + " gives the same numbers (" + matched + "): " + sentence.quoted(), passages);
		}
		return null;
	}

	private static String quoted(String text, int start, int end) {
		return "\u201E" + text.substring(start, end) + "\u201C";
	}
}
