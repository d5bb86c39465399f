package org.factcheck.checkers.trust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.corpus.Document;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.Term;

/**
 * Source trust: a document marked low-trust — {@code "trust": "low"} in the corpus's manifest.jsonl,
 * or a publisher or web domain listed in the preference {@value #LOW_TRUST_PUBLISHERS} — cannot
 * alone make a claim supported. For each low-trust document with a sentence that states the claim
 * the checker reports a caveat: the verdict policy then lets only another document's support decide,
 * so that a trusted source's passage decides when there is one. The caveat's message names the
 * trusted sources that state the claim too or, when none does, the trusted source that comes
 * closest and what it lacks.
 */
public final class SourceTrustChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.trust";

	/** The preference listing low-trust publishers and web domains, separated by commas. */
	public static final String LOW_TRUST_PUBLISHERS = "lowTrustPublishers";

	/** A trusted sentence with less of the claim is not worth naming as the closest. */
	static final double CLOSE = 0.5;

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		TrustRating rating = new TrustRating(context.preferences().getList(LOW_TRUST_PUBLISHERS));
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		Map<String, String> lowTrust = new LinkedHashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (!lowTrust.containsKey(sentence.documentId())) {
				document(context, sentence).flatMap(rating::lowTrust).ifPresent(why -> lowTrust.put(sentence.documentId(), why));
			}
		}
		if (lowTrust.isEmpty()) {
			return List.of();
		}
		Map<String, AlignedSentence> statingLow = new LinkedHashMap<>();
		List<String> statingTrusted = new ArrayList<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (!Stating.states(evidence, sentence)) {
				continue;
			}
			if (lowTrust.containsKey(sentence.documentId())) {
				statingLow.putIfAbsent(sentence.documentId(), sentence);
			} else if (!statingTrusted.contains(sentence.documentId())) {
				statingTrusted.add(sentence.documentId());
			}
		}
		String trusted = statingTrusted.isEmpty() ? missing(evidence, lowTrust)
				: "; the trusted " + String.join(", ", statingTrusted) + (statingTrusted.size() == 1 ? " states" : " state")
						+ " it too";
		List<Finding> findings = new ArrayList<>();
		for (AlignedSentence sentence : statingLow.values()) {
			findings.add(Finding.caveat(ID, 0.9, sentence.documentId() + " is a low-trust source ("
					+ lowTrust.get(sentence.documentId()) + "): it cannot make the claim supported on its own" + trusted + ".",
					List.of(sentence.evidence())));
		}
		return findings;
	}

	private static Optional<Document> document(CheckContext context, AlignedSentence sentence) {
		return context.corpus().document(sentence.documentId());
	}

	/** No trusted document states the claim: the trusted sentence that comes closest and what it lacks. */
	private static String missing(ClaimEvidence evidence, Map<String, String> lowTrust) {
		return evidence.sentences().stream().filter(s -> !lowTrust.containsKey(s.documentId()) && s.coverage() >= CLOSE)
				.findFirst().map(closest -> {
					String lacking = closest.alignment().unmatchedClaimTerms().stream().map(Term::text).distinct()
							.collect(Collectors.joining(", "));
					return "; no trusted source states it — the closest, " + closest.documentId()
							+ (lacking.isEmpty() ? "," : ", lacks " + lacking + ":") + " " + closest.quoted();
				}).orElse("; no trusted source in the corpus states it");
	}
}
