package org.factcheck.checkers.names.roles;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.SentenceHit;
import org.factcheck.evidence.AlignedSentence;

/**
 * A corpus sentence, from the claim's candidates or from a search.
 *
 * @param documentId the document
 * @param index      the sentence's index in the document
 * @param start      offset in the document text
 * @param end        end offset, exclusive
 * @param text       the sentence
 */
public record CorpusSentence(String documentId, int index, int start, int end, String text) {

	public static CorpusSentence of(AlignedSentence sentence) {
		var candidate = sentence.candidate();
		return new CorpusSentence(candidate.documentId(), candidate.sentenceIndex(), candidate.start(), candidate.end(),
				candidate.text());
	}

	public static CorpusSentence of(SentenceHit hit) {
		return new CorpusSentence(hit.documentId(), hit.sentenceIndex(), hit.start(), hit.end(), hit.text());
	}

	public String key() {
		return documentId + "#" + index;
	}

	public Evidence evidence() {
		return new Evidence(documentId, start, end, text);
	}

	/** A part of the sentence as evidence; offsets relative to the sentence. */
	public Evidence evidence(int from, int to) {
		return new Evidence(documentId, start + from, start + to, text.substring(from, to));
	}

	/** The sentence shortened for messages. */
	public String quoted() {
		String shown = text.replaceAll("\\s+", " ").strip();
		return "\u201E" + (shown.length() > 160 ? shown.substring(0, 157) + "\u2026" : shown) + "\u201C";
	}
}
