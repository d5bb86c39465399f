package org.factcheck.checkers.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.compare.DatedText;
import org.factcheck.checkers.dates.compare.TimeComparison;
import org.factcheck.checkers.dates.compare.TimeComparison.Pair;
import org.factcheck.checkers.dates.describe.TimeDescription;
import org.factcheck.checkers.dates.scope.AsOfScope;
import org.factcheck.checkers.dates.stated.ResolvedDate;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.checkers.dates.stated.StatedTimeFinder;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.AnotherActor;
import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * Compares the claim's dates, periods, weekdays and times of day with those of sentences that make
 * the same statement: another day, month, year, weekday or part of the day for the same event
 * conflicts, if the sentence says what the claim says happened (its verb: the start of the Games is
 * not their end), the same time at the precision both state supports ({@code im November} /
 * {@code am 7. November}). Sentence dates are read against their document's published date
 * (weekdays, missing years), claim dates against the claim's asof date, which also scopes the
 * claim (see {@link AsOfScope}). When the sentence that makes the statement gives no date, the date
 * in the sentence before or after it in the same paragraph may support it, unless the sentence shares
 * little but the claim's names and the neighbour names others. Either supports only where the
 * sentence states the rest of the claim ({@link Stating#statesTheRest}, what the neighbour realises
 * counted as said), and neither supports a claim
 * that brings in a name the document never mentions ({@link Stating#bringsIn}), nor does a sentence whose
 * clause with the claim's verb has another doer ({@link AnotherActor}), nor a sentence that does not give
 * the claim's figures for its time ({@link QuantityComparison#statesAll}: Vorjahr: 3,716 Mrd. for 2016). A claim without dates but
 * with an asof date is judged by the periods sentences give for its statement (see
 * {@link AsOfStatements}); a claim with neither gets no finding.
 */
public final class DateChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.dates";

	/**
	 * How many of the claim's other words a sentence must share before another date there is a
	 * conflict: a short claim whose only other word is {@code Wien-Wahl} is not contradicted by every
	 * sentence about some Wien-Wahl.
	 */
	static final int MIN_SHARED_WORDS = 2;

	/** The highest confidence a support finding has (as the evidence checker's). */
	static final double MAX_SUPPORT = 0.95;

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		AnalyzedText claimText = evidence.claim();
		List<StatedTime> claimTimes = StatedTimeFinder.german().find(claimText);
		LocalDate asOf = claim.asOf().orElse(null);
		PublishedDates published = new PublishedDates(context.corpus());
		if (claimTimes.isEmpty()) {
			return asOf == null ? List.of() : AsOfStatements.check(evidence, asOf, published::of);
		}
		DatedText dated = new DatedText(claimText, claimTimes, asOf);
		Predicate<Term> timeWords = timeWords(claimTimes);
		Map<String, Finding> conflicts = new LinkedHashMap<>();
		Map<String, Finding> supports = new LinkedHashMap<>();
		for (AlignedSentence sentence : SameStatement.sentences(evidence, timeWords)) {
			if (context.isCancelled()) {
				break;
			}
			LocalDate reference = published.of(sentence.documentId());
			DatedText stated = new DatedText(sentence.analysis(), StatedTimeFinder.german().find(sentence.analysis()),
					reference);
			TimeComparison comparison = TimeComparison.compare(dated, stated, sentence.alignment(), timeWords);
			List<Pair> agreements = inScope(comparison.agreements(), reference, asOf);
			List<Pair> differences = inScope(comparison.conflicts(), reference, asOf);
			double rest = SameStatement.restCoverage(sentence, timeWords);
			if (!differences.isEmpty() && sharesEnough(sentence, timeWords) && sentence.alignment().predicateMatched()) {
				keepBest(conflicts, conflict(sentence, differences.get(0), conflictConfidence(sentence, rest), reference));
			} else if (agreements.size() == claimTimes.size()) {
				if (bringsNothingIn(evidence, sentence, timeWords, List.of())
						&& Stating.statesTheRest(evidence, sentence, timeWords)
						&& QuantityComparison.statesAll(claimText, sentence.analysis())
						&& AnotherActor.find(claimText, sentence.analysis(), sentence.alignment()).isEmpty()) {
					keepBest(supports, support(sentence, agreements, Math.min(MAX_SUPPORT, sentence.coverage()), null));
				}
			} else if (comparison.agreements().isEmpty() && comparison.conflicts().isEmpty()) {
				NeighbourDates.support(sentence, dated, timeWords, context.corpus(), reference)
						.filter(n -> inScope(n.agreements(), reference, asOf).size() == claimTimes.size())
						.filter(n -> bringsNothingIn(evidence, sentence, timeWords, n.realised()))
						.filter(n -> Stating.statesTheRest(evidence, sentence, timeWords.or(n.realised()::contains)))
						.filter(n -> !n.namesOthers() || saysWhatHappened(sentence, timeWords))
						.ifPresent(n -> keepBest(supports, support(sentence, n.agreements(), n.confidence(), n.neighbour())));
			}
		}
		List<Finding> findings = new ArrayList<>(conflicts.values());
		findings.addAll(supports.values());
		return findings;
	}

	/**
	 * Whether the sentence, apart from the claim's times (which this checker compared itself), leaves
	 * unsaid no name its document never mentions: the same date in a sentence about another place
	 * (vor der Insel Korfu, where the claim says Kreta) supports nothing. What the neighbour that
	 * gives the date realises counts as said. Only a capitalised word is a name: the tagger takes some
	 * verbs for names (empfing).
	 */
	private static boolean bringsNothingIn(ClaimEvidence evidence, AlignedSentence sentence, Predicate<Term> timeWords,
			List<Term> byNeighbour) {
		return sentence.gaps(term -> !timeWords.test(term) && !byNeighbour.contains(term)).stream()
				.noneMatch(gap -> Character.isUpperCase(gap.text().charAt(0)) && Stating.bringsIn(evidence, sentence, gap));
	}

	/**
	 * Whether the sentence itself gives a fair share of the claim's words other than names and times
	 * ({@link Stating#BEYOND_NAMES}). A sentence that shares little but the claim's people, beside a
	 * neighbour that names others, is not the statement the neighbour dates: the neighbour tells what
	 * someone else did.
	 */
	private static boolean saysWhatHappened(AlignedSentence sentence, Predicate<Term> timeWords) {
		Predicate<Term> counted = term -> term.kind() != TermKind.NAME && !timeWords.test(term);
		return sentence.alignment().matches().stream().noneMatch(m -> counted.test(m.claimTerm()))
				|| sentence.alignment().coverage(counted) >= Stating.BEYOND_NAMES;
	}

	/** The claim words that belong to its times (with their date nouns: {@code im Jahr 2014}). */
	private static Predicate<Term> timeWords(List<StatedTime> times) {
		return term -> times.stream().anyMatch(t -> t.overlaps(term.start(), term.end()));
	}

	/** At least {@link #MIN_SHARED_WORDS} of the claim's other words, or all of them. */
	private static boolean sharesEnough(AlignedSentence sentence, Predicate<Term> timeWords) {
		long others = sentence.alignment().matches().stream().filter(m -> !timeWords.test(m.claimTerm())).count();
		long shared = sentence.alignment().matches().stream().filter(m -> m.matched() && !timeWords.test(m.claimTerm()))
				.count();
		return shared >= MIN_SHARED_WORDS || shared == others && shared > 0;
	}

	/**
	 * The aspect conflict confidence, and in any case more than the support the sentence lends by its
	 * words: the claim's date words may have matched the date of something else in the sentence
	 * ({@code am Montag ging die Fahndung weiter, … der am Sonntagabend …}).
	 */
	private static double conflictConfidence(AlignedSentence sentence, double rest) {
		return Math.max(SameStatement.conflictConfidence(rest), Math.min(MAX_SUPPORT, sentence.coverage()) + 0.01);
	}

	private static List<Pair> inScope(List<Pair> pairs, LocalDate published, LocalDate asOf) {
		if (asOf == null) {
			return pairs;
		}
		return pairs.stream().filter(p -> AsOfScope.applies(p.sentence(), published, asOf)).toList();
	}

	private static void keepBest(Map<String, Finding> perDocument, Finding finding) {
		perDocument.merge(finding.documentId(), finding, (a, b) -> a.confidence() >= b.confidence() ? a : b);
	}

	private static Finding conflict(AlignedSentence sentence, Pair pair, double confidence, LocalDate reference) {
		String sentenceText = sentence.analysis().text();
		StatedTime stated = pair.sentence();
		String resolved = "";
		if (pair.match().usesReference() && stated.hasDate() && reference != null) {
			LocalDate day = ResolvedDate.of(stated.date(), reference).toLocalDate();
			resolved = day != null && !stated.isPeriod()
					? ", that is " + TimeDescription.of(day) + " by its date " + reference
					: ", read against its date " + reference;
		}
		String message = sentence.documentId() + " dates it " + TimeDescription.dating(stated) + " ("
				+ quoted(sentenceText, stated.start(), stated.end()) + resolved + "), not "
				+ TimeDescription.of(pair.claim()) + " as the claim says: " + sentence.quoted();
		return Finding.assessment(DateChecker.ID, Verdict.CONFLICTING, confidence, message,
				List.of(sentence.evidence(), sentence.evidence(stated.start(), stated.end())));
	}

	private static Finding support(AlignedSentence sentence, List<Pair> agreements, double confidence,
			NeighbourDates.Neighbour neighbour) {
		String source = neighbour == null ? sentence.analysis().text() : neighbour.text().text();
		String matched = agreements.stream()
				.map(p -> TimeDescription.of(p.claim()) + " = " + quoted(source, p.sentence().start(), p.sentence().end()))
				.collect(Collectors.joining(", "));
		List<Evidence> passages = new ArrayList<>();
		passages.add(sentence.evidence());
		for (Pair pair : agreements) {
			passages.add(neighbour == null ? sentence.evidence(pair.sentence().start(), pair.sentence().end())
					: neighbour.evidence(pair.sentence().start(), pair.sentence().end()));
		}
		String message = neighbour == null
				? sentence.documentId() + " gives the same date (" + matched + "): " + sentence.quoted()
				: sentence.documentId() + " states it, with the date (" + matched + ") in the " + neighbour.position()
						+ " sentence: " + sentence.quoted();
		return Finding.assessment(DateChecker.ID, Verdict.SUPPORTED, confidence, message, passages);
	}

	private static String quoted(String text, int start, int end) {
		return "\u201E" + text.substring(start, end) + "\u201C";
	}

	/** The published dates of documents, looked up once per check. */
	private static final class PublishedDates {
		private final CorpusAccess corpus;
		private final Map<String, LocalDate> cache = new HashMap<>();

		PublishedDates(CorpusAccess corpus) {
			this.corpus = corpus;
		}

		LocalDate of(String documentId) {
			return cache.computeIfAbsent(documentId,
					id -> corpus.document(id).map(d -> d.getPublished()).orElse(null));
		}
	}
}
