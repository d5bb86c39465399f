package org.factcheck.checkers.timeline;

import org.factcheck.checker.Evidence;
import org.factcheck.evidence.AlignedSentence;

/**
 * What one sentence making the claim's statement gives for one of the claim's numbers or dates.
 *
 * @param sentence the sentence
 * @param start    offset of the number or date in the sentence
 * @param end      its end offset (exclusive)
 * @param agrees   whether it is compatible with the claim's value
 * @param rest     how much of the claim's other words the sentence states
 */
record Figure(AlignedSentence sentence, int start, int end, boolean agrees, double rest) {

	String documentId() {
		return sentence.documentId();
	}

	String text() {
		return sentence.analysis().text().substring(start, end);
	}

	Evidence evidence() {
		return sentence.evidence(start, end);
	}
}
