package org.factcheck.checkers.dates.compare;

import java.time.LocalDate;
import java.util.List;

import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * A claim or sentence with the times it states and the date they are read against.
 *
 * @param text      the analysed text
 * @param times     the times it states, in text order
 * @param reference the document's published date for a sentence, the asof date for a claim; null
 *                  when unknown
 */
public record DatedText(AnalyzedText text, List<StatedTime> times, LocalDate reference) {

	public DatedText {
		times = List.copyOf(times);
	}
}
