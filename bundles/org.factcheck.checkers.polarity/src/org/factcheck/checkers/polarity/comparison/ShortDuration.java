package org.factcheck.checkers.polarity.comparison;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.numbers.TimeSpans;
import org.factcheck.text.numbers.TimeSpans.TimeSpan;

/**
 * A claim that bounds a span of time from above with an exclusive word (nur ein paar Sekunden,
 * lediglich zwei Monate, nach nur einem Tag) against a sentence that gives a span of the same kind
 * at least {@link #LONGER} times as long (ein oder zwei Stunden, 13 Monate, monatelang): the thing
 * took longer than the claim allows. The spans are read by {@link TimeSpans}.
 */
public final class ShortDuration {

	/** How many times longer the sentence's span must be: a clear difference, not a rounding. */
	static final double LONGER = 2;

	private static final Set<String> ONLY = Set.of("nur", "lediglich", "bloß", "knapp");

	/** How far the unit may follow the exclusive word (nur ein paar Sekunden). */
	private static final int REACH = 4;

	/**
	 * @param claimCue      the claim's exclusive word
	 * @param sentenceFirst first token of the sentence's longer span
	 * @param sentenceLast  last token of it
	 */
	public record Found(int claimCue, int sentenceFirst, int sentenceLast) {
	}

	private ShortDuration() {
	}

	public static Optional<Found> find(AnalyzedText claim, AnalyzedText sentence) {
		List<String> claimWords = claim.lowerCaseWords();
		List<TimeSpan> claimSpans = null;
		List<TimeSpan> sentenceSpans = null;
		for (int cue = 0; cue < claimWords.size(); cue++) {
			if (!ONLY.contains(claimWords.get(cue))) {
				continue;
			}
			if (claimSpans == null) {
				claimSpans = TimeSpans.in(claimWords);
			}
			int at = cue;
			Optional<TimeSpan> bounded = claimSpans.stream()
					.filter(span -> span.first() > at && span.last() <= at + REACH).findFirst();
			if (bounded.isEmpty()) {
				continue;
			}
			if (sentenceSpans == null) {
				sentenceSpans = TimeSpans.in(sentence.lowerCaseWords());
			}
			double limit = bounded.get().seconds() * LONGER;
			Optional<TimeSpan> longer = sentenceSpans.stream().filter(span -> span.seconds() >= limit)
					.max((a, b) -> Double.compare(a.seconds(), b.seconds()));
			if (longer.isPresent()) {
				return Optional.of(new Found(at, longer.get().first(), longer.get().last()));
			}
		}
		return Optional.empty();
	}
}
