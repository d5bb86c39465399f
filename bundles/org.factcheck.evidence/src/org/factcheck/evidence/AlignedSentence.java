package org.factcheck.evidence;

import java.util.List;
import java.util.function.Predicate;

import org.factcheck.evidence.terms.Term;

import org.factcheck.checker.Evidence;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.candidates.Candidate;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * A candidate sentence with its analysis and its alignment to the claim.
 *
 * @param inContext claim words the sentence does not realise but the sentences just before it in
 *                  its document do: what the sentence takes as known
 */
public record AlignedSentence(Candidate candidate, AnalyzedText analysis, Alignment alignment, List<Term> inContext) {

	public AlignedSentence {
		inContext = List.copyOf(inContext);
	}

	public AlignedSentence(Candidate candidate, AnalyzedText analysis, Alignment alignment) {
		this(candidate, analysis, alignment, List.of());
	}

	/** The claim's elements (as the filter counts them) realised neither by the sentence nor by its context. */
	public List<Term> gaps(Predicate<Term> element) {
		return alignment.unrealised(element).stream().filter(term -> !inContext.contains(term)).toList();
	}

	public String documentId() {
		return candidate.documentId();
	}

	public double coverage() {
		return alignment.coverage();
	}

	/** The whole sentence as evidence. */
	public Evidence evidence() {
		return new Evidence(candidate.documentId(), candidate.start(), candidate.end(), candidate.text());
	}

	/** A part of the sentence as evidence; offsets are relative to the sentence. */
	public Evidence evidence(int start, int end) {
		return new Evidence(candidate.documentId(), candidate.start() + start, candidate.start() + end,
				candidate.text().substring(start, end));
	}

	/** The sentence shortened for messages. */
	public String quoted() {
		String text = candidate.text().replaceAll("\\s+", " ").strip();
		return "\u201E" + (text.length() > 160 ? text.substring(0, 157) + "\u2026" : text) + "\u201C";
	}
}
