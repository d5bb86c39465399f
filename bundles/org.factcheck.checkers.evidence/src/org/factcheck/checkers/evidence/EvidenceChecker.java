package org.factcheck.checkers.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.Term;
import org.factcheck.text.tokens.Token;
import org.factcheck.evidence.terms.LightAdverbs;
import org.factcheck.evidence.terms.ReportingVerbs;

/**
 * Finds the corpus sentences that state a claim, in the same or other words (cited documents
 * first, then the whole corpus): a sentence that contains enough of the claim's content words —
 * inflected, compounded or split differently — supports it. The aspect checkers (numbers, dates,
 * names, polarity) report where such a sentence nevertheless says something else. Reports the
 * best sentence of each document.
 */
public final class EvidenceChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.evidence";

	/** Weighted share of the claim's content words a sentence must contain to state it. */
	static final double STATES = 0.6;

	/** Support from two sentences together weighs a little less than from one. */
	static final double TWO_SENTENCES = 0.95;

	/** From this coverage a sentence states the claim even if it words the predicate differently. */
	static final double STATES_REGARDLESS = 0.75;

	/** Share of the claim's words other than names a stating sentence must contain. */
	static final double BEYOND_NAMES = 0.4;

	/** A sentence with less of the claim is not worth showing as the closest one. */
	static final double CLOSE = 0.3;

	/** Two sentences together must cover this much of the claim, predicate included. */
	static final double TWO_STATE = 0.7;

	/**
	 * Most of the claim's words; for a sentence that covers only a little more than the threshold,
	 * the claim's predicate must be among them (sharing names and nouns is not stating the claim).
	 */
	private static boolean states(AlignedSentence sentence) {
		return (sentence.coverage() >= STATES_REGARDLESS
				|| sentence.coverage() >= STATES && sentence.alignment().predicateMatched()) && saysWhatHappened(sentence);
	}

	/**
	 * Universal and exclusive quantifiers (alle, nur, ausschließlich): a claim that says all or only
	 * says more than a sentence that does not, so the sentence must say it too (Lucene drops these
	 * words as stop words, so the alignment does not see them).
	 */
	private static final Set<String> RESTRICTING = Set.of("alle", "allen", "aller", "alles", "sämtliche", "sämtlichen",
			"nur", "ausschließlich", "lediglich", "einzig", "einzige", "einzigen", "einziger", "einziges");

	private static boolean restrictsAsTheClaim(ClaimEvidence evidence, AlignedSentence sentence) {
		Set<String> said = words(sentence.analysis().tokens());
		return words(evidence.claim().tokens()).stream().filter(RESTRICTING::contains).allMatch(word -> said.contains(word)
				|| word.startsWith("all") && said.stream().anyMatch(w -> w.startsWith("all") || w.startsWith("sämtlich"))
				|| (word.equals("nur") || word.equals("lediglich") || word.equals("ausschließlich"))
						&& (said.contains("nur") || said.contains("lediglich") || said.contains("ausschließlich")));
	}

	private static Set<String> words(List<Token> tokens) {
		return tokens.stream().map(t -> t.text().toLowerCase(Locale.GERMAN)).collect(Collectors.toSet());
	}

	/** A word of the claim that says something: all but verbs of saying and adverbs that only frame the statement. */
	private static boolean isElement(Term term) {
		return !ReportingVerbs.isReporting(term) && !LightAdverbs.isLight(term);
	}

	/**
	 * Names weigh most, but a sentence that shares the claim's names and little else (the same people,
	 * another event) does not state the claim: it must also contain a fair share of the other words.
	 */
	private static boolean saysWhatHappened(AlignedSentence sentence) {
		Alignment alignment = sentence.alignment();
		boolean hasOtherWords = alignment.matches().stream().anyMatch(m -> m.claimTerm().kind() != TermKind.NAME);
		return !hasOtherWords || alignment.coverage(term -> term.kind() != TermKind.NAME) >= BEYOND_NAMES;
	}

	/**
	 * A document the claim does not cite must identify the statement: the claim has at least
	 * {@link #SPECIFIC} elements (a claim of one or two words is said in many unrelated places) and
	 * the sentence realises all of them but at most {@link #UNCITED_GAPS}.
	 */
	private static boolean identifies(AlignedSentence sentence) {
		if (sentence.candidate().cited()) {
			return true;
		}
		long elements = sentence.alignment().matches().stream().filter(m -> isElement(m.claimTerm())).count();
		return elements >= SPECIFIC && sentence.alignment().unrealised(EvidenceChecker::isElement).size() <= UNCITED_GAPS;
	}

	/** How many elements a claim must have to be recognised in a document it does not cite. */
	static final int SPECIFIC = 3;

	/** How many of the claim's elements a sentence of a document the claim does not cite may leave out. */
	static final int UNCITED_GAPS = 1;

	/** A sentence that does not give the claim's numbers does not state the claim, whatever else it shares. */
	private static boolean statesNumbers(ClaimEvidence evidence, AlignedSentence sentence) {
		return QuantityComparison.statesAll(evidence.claim(), sentence.analysis());
	}

	private static boolean statesInTwo(AlignedSentence passage) {
		return passage.coverage() >= TWO_STATE && passage.alignment().predicateMatched() && saysWhatHappened(passage);
	}

	private static Finding support(AlignedSentence sentence, double weight, String how) {
		int percent = (int) Math.round(sentence.coverage() * 100);
		String missing = sentence.alignment().unrealised(EvidenceChecker::isElement).stream().map(Term::text).distinct()
				.collect(Collectors.joining(", "));
		return Finding.assessment(ID, Verdict.SUPPORTED, Math.min(0.95, sentence.coverage() * weight),
				sentence.documentId() + " " + how + " (" + percent + "% of the claim's content words"
						+ (missing.isEmpty() ? "" : "; not found: " + missing) + "): " + sentence.quoted(),
				List.of(sentence.evidence()));
	}

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (states(sentence) && identifies(sentence) && restrictsAsTheClaim(evidence, sentence)
					&& statesNumbers(evidence, sentence) && !perDocument.containsKey(sentence.documentId())) {
				perDocument.put(sentence.documentId(), support(sentence, 1.0, "states it"));
			}
		}
		for (AlignedSentence passage : evidence.passages()) {
			if (statesInTwo(passage) && identifies(passage) && restrictsAsTheClaim(evidence, passage)
					&& statesNumbers(evidence, passage) && !perDocument.containsKey(passage.documentId())) {
				perDocument.put(passage.documentId(), support(passage, TWO_SENTENCES, "states it in two sentences"));
			}
		}
		List<Finding> findings = new ArrayList<>(perDocument.values());
		findings.sort(Comparator.comparingDouble(Finding::confidence).reversed());
		if (findings.isEmpty()) {
			closest(evidence).ifPresent(findings::add);
		}
		return findings;
	}

	/**
	 * Where nothing states the claim: the sentence that comes closest, cited documents first, and
	 * the claim's words it lacks, so that a fact-checker sees what is missing.
	 */
	private static Optional<Finding> closest(ClaimEvidence evidence) {
		return evidence.sentences().stream().filter(s -> s.coverage() >= CLOSE)
				.max(Comparator.comparing((AlignedSentence s) -> s.candidate().cited())
						.thenComparingDouble(AlignedSentence::coverage))
				.map(sentence -> {
					int percent = (int) Math.round(sentence.coverage() * 100);
					String missing = sentence.alignment().unmatchedClaimTerms().stream().map(Term::text).distinct()
							.collect(Collectors.joining(", "));
					return Finding.assessment(ID, Verdict.UNSOURCED, sentence.coverage() / 2,
							"No sentence states it; closest is " + sentence.documentId() + " with " + percent
									+ "% of the claim's content words" + (missing.isEmpty() ? "" : ", lacking " + missing)
									+ ": " + sentence.quoted(),
							List.of(sentence.evidence()));
				});
	}
}
