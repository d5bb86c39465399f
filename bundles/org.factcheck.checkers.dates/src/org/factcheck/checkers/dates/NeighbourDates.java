package org.factcheck.checkers.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.Evidence;
import org.factcheck.checkers.dates.compare.DatedText;
import org.factcheck.checkers.dates.compare.TimeComparison;
import org.factcheck.checkers.dates.compare.TimeComparison.Pair;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.checkers.dates.stated.StatedTimeFinder;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;

/**
 * News often dates an event in the sentence next to the one that reports it ({@code Yoon traf eine
 * Delegation aus der Ukraine … Ziel ihrer Diskussion in Seoul am 27. November war es …}). When the
 * sentence that makes the claim's statement gives no date, the sentence before or after it in the
 * same paragraph may supply it: if its date agrees and stands in a clause with claim words, the two
 * sentences together support the claim. A different date there is not reported as a conflict: the
 * neighbour may date something else.
 */
final class NeighbourDates {

	/**
	 * The most a support resting on two sentences can weigh: below any conflict an aspect checker
	 * finds in the statement sentence itself ({@link SameStatement#conflictConfidence} at the
	 * threshold), so that such a conflict still wins.
	 */
	static final double MAX_CONFIDENCE = 0.75;

	/** The sentence next to the statement sentence. */
	record Neighbour(String documentId, int start, AnalyzedText text, String position) {

		Evidence evidence(int from, int to) {
			return new Evidence(documentId, start + from, start + to, text.text().substring(from, to));
		}
	}

	/**
	 * The agreeing dates of a neighbour, the confidence of the two sentences' support, the claim
	 * words the neighbour realises (the statement sentence may leave them to it), and whether the
	 * neighbour names someone or something the claim does not (a proper name no claim word realises).
	 */
	record Support(Neighbour neighbour, List<Pair> agreements, double confidence, List<Term> realised,
			boolean namesOthers) {
	}

	private NeighbourDates() {
	}

	static Optional<Support> support(AlignedSentence sentence, DatedText claim, Predicate<Term> timeWords,
			CorpusAccess corpus, LocalDate published) {
		Optional<Content> content = corpus.content(sentence.documentId());
		if (content.isEmpty()) {
			return Optional.empty();
		}
		DocumentSentences sentences = DocumentSentences.of(content.get());
		Sentence own = sentences.sentence(sentence.candidate().sentenceIndex());
		if (own == null) {
			return Optional.empty();
		}
		Support best = null;
		for (int step : new int[] { -1, 1 }) {
			Sentence next = sentences.sentence(own.getIndex() + step);
			if (next == null || next.eContainer() != own.eContainer() || sentences.position(next.getIndex()) < 0) {
				continue;
			}
			AnalyzedText text = sentences.analysis(next);
			List<StatedTime> times = StatedTimeFinder.german().find(text);
			if (times.isEmpty()) {
				continue;
			}
			Alignment alignment = Aligner.align(claim.text(), text);
			TimeComparison comparison = TimeComparison.compare(claim, new DatedText(text, times, published), alignment,
					timeWords);
			if (!comparison.conflicts().isEmpty() || comparison.agreements().size() != claim.times().size()) {
				continue;
			}
			double confidence = Math.min(MAX_CONFIDENCE, jointCoverage(sentence.alignment(), alignment, timeWords));
			if (best == null || confidence > best.confidence()) {
				best = new Support(new Neighbour(sentence.documentId(), next.getStart(), text,
						step < 0 ? "previous" : "next"), comparison.agreements(), confidence, realised(alignment),
						namesOthers(text, alignment));
			}
		}
		return Optional.ofNullable(best);
	}

	private static boolean namesOthers(AnalyzedText text, Alignment alignment) {
		Set<Integer> realising = alignment.matchedSentenceTokens();
		return IntStream.range(0, text.tokens().size()).anyMatch(i -> text.tags().get(i).equals("PROPN")
				&& !realising.contains(i) && Character.isUpperCase(text.tokens().get(i).text().charAt(0)));
	}

	private static List<Term> realised(Alignment alignment) {
		return alignment.matches().stream().filter(m -> m.score() >= Alignment.REALISED).map(TermMatch::claimTerm).toList();
	}

	/** Coverage of the claim by the two sentences together, its (agreeing) time words counted as found. */
	private static double jointCoverage(Alignment own, Alignment neighbour, Predicate<Term> timeWords) {
		double total = 0;
		double found = 0;
		List<TermMatch> a = own.matches();
		List<TermMatch> b = neighbour.matches();
		for (int i = 0; i < a.size(); i++) {
			Term term = a.get(i).claimTerm();
			total += term.weight();
			found += term.weight() * (timeWords.test(term) ? 1 : Math.max(a.get(i).score(), b.get(i).score()));
		}
		return total == 0 ? 0 : found / total;
	}
}
