package org.factcheck.checkers.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.compare.DatedText;
import org.factcheck.checkers.dates.compare.TimeComparison;
import org.factcheck.checkers.dates.describe.TimeDescription;
import org.factcheck.checkers.dates.scope.StatementPeriod;
import org.factcheck.checkers.dates.scope.StatementPeriod.Position;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.checkers.dates.stated.StatedTimeFinder;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.PendingState;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.tokens.Token;

/**
 * Judges a claim that states no time of its own at its asof date, by the periods that sentences
 * making the same statement give for it: the asof date inside {@code zwischen 2007 und Mitte 2012}
 * or after {@code seit 2009} supports a present-tense claim, a date after the end of such a period
 * ({@code bis 2012}) or before its start conflicts: the state no longer, or did not yet, hold. A
 * point in time ({@code im Jahr 2010}) supports when it contains the asof date and says nothing
 * otherwise. Claims in the past tense are left alone, but for this: a sentence giving the claim's act as still to
 * come in a document published on or after the asof date conflicts (the act was not done then).
 */
final class AsOfStatements {

	private static final Set<String> PAST_MARKERS = new HashSet<>();

	static {
		for (String word : DataFile.lines(AsOfStatements.class, "data/past-markers.txt")) {
			PAST_MARKERS.add(word.toLowerCase(Locale.GERMAN));
		}
	}

	private AsOfStatements() {
	}

	static List<Finding> check(ClaimEvidence evidence, LocalDate asOf, Function<String, LocalDate> published) {
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		for (AlignedSentence sentence : pendingAtTheDate(evidence, asOf, published)) {
			LocalDate reference = published.apply(sentence.documentId());
			perDocument.merge(sentence.documentId(), Finding.assessment(DateChecker.ID, Verdict.CONFLICTING,
					conflictConfidence(sentence), sentence.documentId() + " (published " + reference
							+ ") gives it as still to come on or after the asof date " + asOf + ": " + sentence.quoted(),
					List.of(sentence.evidence())), (a, b) -> a.confidence() >= b.confidence() ? a : b);
		}
		if (isPast(evidence.claim())) {
			return new ArrayList<>(perDocument.values());
		}
		for (AlignedSentence sentence : SameStatement.sentences(evidence, term -> false)) {
			LocalDate reference = published.apply(sentence.documentId());
			DatedText dated = new DatedText(sentence.analysis(), StatedTimeFinder.german().find(sentence.analysis()),
					reference);
			StatedTime time = TimeComparison.statementTime(dated, sentence.alignment());
			if (time == null) {
				continue;
			}
			StatementPeriod period = StatementPeriod.of(time, reference).orElse(null);
			if (period == null) {
				continue;
			}
			Finding finding = judge(sentence, period, period.position(asOf), asOf);
			if (finding != null) {
				perDocument.merge(finding.documentId(), finding, (a, b) -> a.confidence() >= b.confidence() ? a : b);
			}
		}
		return new ArrayList<>(perDocument.values());
	}

	/**
	 * The sentences and two-sentence passages that make the claim's statement, realising all its
	 * elements but one, with its act still to come ({@link PendingState}: Es bleibt nur noch die
	 * Zustimmung des Oberhauses) in a document published on or after the asof date: on that date the
	 * act the claim says is done was not.
	 */
	private static List<AlignedSentence> pendingAtTheDate(ClaimEvidence evidence, LocalDate asOf,
			Function<String, LocalDate> published) {
		List<AlignedSentence> found = new ArrayList<>();
		for (List<AlignedSentence> candidates : List.of(evidence.sentences(), evidence.passages())) {
			for (AlignedSentence sentence : candidates) {
				LocalDate reference = published.apply(sentence.documentId());
				if (reference != null && !reference.isBefore(asOf) && sentence.coverage() >= SameStatement.THRESHOLD
						&& sentence.gaps(Stating::isElement).size() <= Stating.GAPS
						&& PendingState.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isPresent()) {
					found.add(sentence);
				}
			}
		}
		return found;
	}

	private static Finding judge(AlignedSentence sentence, StatementPeriod period, Position position, LocalDate asOf) {
		StatedTime time = period.time();
		String span = "\u201E" + time.text(sentence.analysis().text()) + "\u201C";
		String dated = sentence.documentId() + " dates it " + TimeDescription.dating(time) + " (" + span + ")";
		var passages = List.of(sentence.evidence(), sentence.evidence(time.start(), time.end()));
		double coverage = Math.min(DateChecker.MAX_SUPPORT, sentence.coverage());
		return switch (position) {
		case INSIDE -> Finding.assessment(DateChecker.ID, Verdict.SUPPORTED, coverage,
				dated + ", which includes the asof date " + asOf + ": " + sentence.quoted(), passages);
		case AFTER -> Finding.assessment(DateChecker.ID, Verdict.CONFLICTING, conflictConfidence(sentence),
				dated + ": on the asof date " + asOf + " it no longer held: " + sentence.quoted(), passages);
		case BEFORE -> Finding.assessment(DateChecker.ID, Verdict.CONFLICTING, conflictConfidence(sentence),
				dated + ": on the asof date " + asOf + " it did not hold yet: " + sentence.quoted(), passages);
		case UNKNOWN -> null;
		};
	}

	/**
	 * More than any support of the document: a sentence stating the claim without a time (der
	 * Außenminister X) does not show that it held on the asof date, while the period does show that
	 * it did not.
	 */
	private static double conflictConfidence(AlignedSentence sentence) {
		return Math.max(SameStatement.conflictConfidence(sentence.coverage()), DateChecker.MAX_SUPPORT + 0.01);
	}

	private static boolean isPast(AnalyzedText claim) {
		for (Token token : claim.tokens()) {
			String word = token.text().toLowerCase(Locale.GERMAN);
			if (PAST_MARKERS.contains(word) || word.startsWith("ex-")) {
				return true;
			}
		}
		return false;
	}
}
