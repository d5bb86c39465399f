package org.factcheck.checkers.names.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.AnotherActor;
import org.factcheck.evidence.aspects.AnotherSpeaker;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Term;
import org.factcheck.text.tokens.Token;

/**
 * Reports a sentence of the claim's source that says everything the claim says but credits the act
 * to another doer ({@link AnotherActor}): a relative clause with another antecedent (Karlovic, der
 * 45 Asse schlug / Philippoussis schlug 45 Asse), a gapped clause pairing the object with another
 * subject (Ljubljana nominierte Turk, Kroatien Pusic / Kroatien nominierte Turk), or the claim's
 * subject as the clause's object (Wawrinka, der Djokovic bezwang / Djokovic bezwang Wawrinka). Only
 * in documents the claim cites (any, for a claim citing none), only when every other element of the
 * claim is realised by the sentence or its context, and not where the document states the claim.
 * Not where the other doer is a common noun the tagger took for a name (Brite will sich … qualifizieren).
 * Likewise a sentence that gives the words a claim reports to another named speaker
 * ({@link AnotherSpeaker}).
 */
public final class ActorCheck {

	/** The most confident such a conflict gets: it rests on reading clause roles. */
	private static final double MAX_CONFIDENCE = 0.85;

	private final String checkerId;

	public ActorCheck(String checkerId) {
		this.checkerId = checkerId;
	}

	public List<Finding> check(Claim claim, ClaimEvidence evidence) {
		Set<String> stating = evidence.sentences().stream().filter(s -> Stating.states(evidence, s))
				.map(AlignedSentence::documentId).collect(Collectors.toSet());
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			boolean source = claim.citations().isEmpty() || claim.cites(sentence.documentId());
			if (!source || stating.contains(sentence.documentId()) || sentence.coverage() < SameStatement.THRESHOLD) {
				continue;
			}
			Optional<AnotherActor> actor = AnotherActor.find(evidence.claim(), sentence.analysis(), sentence.alignment());
			if (actor.isPresent() && actor.get().describedByCommonNoun(sentence.analysis())) {
				continue;
			}
			if (actor.isEmpty()) {
				speakerConflict(evidence, sentence).ifPresent(finding -> perDocument.merge(sentence.documentId(), finding,
						(a, b) -> a.confidence() >= b.confidence() ? a : b));
				continue;
			}
			Predicate<Term> subject = term -> actor.get().claimSubject().contains(term.index());
			double rest = SameStatement.restCoverage(sentence, subject);
			if (rest < SameStatement.THRESHOLD || !sentence.gaps(term -> Stating.isElement(term) && !subject.test(term)).isEmpty()) {
				continue;
			}
			Finding finding = conflict(evidence.claim(), sentence, actor.get(),
					Math.min(MAX_CONFIDENCE, SameStatement.conflictConfidence(rest)));
			perDocument.merge(sentence.documentId(), finding, (a, b) -> a.confidence() >= b.confidence() ? a : b);
		}
		return new ArrayList<>(perDocument.values());
	}

	/**
	 * The sentence gives every word the claim reports, introduced by another named speaker
	 * ({@link AnotherSpeaker}): the claim credits the words to the wrong person.
	 */
	private Optional<Finding> speakerConflict(ClaimEvidence evidence, AlignedSentence sentence) {
		Optional<AnotherSpeaker> speaker = AnotherSpeaker.find(evidence.claim(), sentence.analysis(), sentence.alignment());
		if (speaker.isEmpty()) {
			return Optional.empty();
		}
		Predicate<Term> introducing = speaker.get()::introduces;
		double rest = SameStatement.restCoverage(sentence, introducing);
		if (rest < SameStatement.THRESHOLD || !sentence.gaps(term -> Stating.isElement(term) && !introducing.test(term)).isEmpty()) {
			return Optional.empty();
		}
		Token verb = sentence.analysis().tokens().get(speaker.get().sentenceVerb());
		return Optional.of(Finding.assessment(checkerId, Verdict.CONFLICTING, Math.min(MAX_CONFIDENCE, SameStatement.conflictConfidence(rest)),
				sentence.documentId() + " gives these words to another speaker (\u201E" + verb.text() + "\u201C): " + sentence.quoted(),
				List.of(sentence.evidence(), sentence.evidence(verb.start(), verb.end()))));
	}

	private Finding conflict(AnalyzedText claim, AlignedSentence sentence, AnotherActor actor, double confidence) {
		String doer = words(sentence.analysis(), actor.sentenceAgent());
		String claimed = words(claim, actor.claimSubject());
		String message = actor.swapped()
				? sentence.documentId() + " has \u201E" + doer + "\u201C do it to \u201E" + claimed + "\u201C, the other way round: "
						+ sentence.quoted()
				: sentence.documentId() + " credits it to \u201E" + doer + "\u201C, not \u201E" + claimed + "\u201C: "
						+ sentence.quoted();
		List<Token> tokens = sentence.analysis().tokens();
		List<Evidence> passages = new ArrayList<>();
		passages.add(sentence.evidence());
		passages.add(sentence.evidence(tokens.get(actor.sentenceAgent().first()).start(),
				tokens.get(actor.sentenceAgent().last()).end()));
		return Finding.assessment(checkerId, Verdict.CONFLICTING, confidence, message, passages);
	}

	private static String words(AnalyzedText text, ClauseRoles.Span span) {
		return text.text().substring(text.tokens().get(span.first()).start(), text.tokens().get(span.last()).end());
	}
}
