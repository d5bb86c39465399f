package org.factcheck.checkers.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.terms.Equivalents;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DatePeriod;
import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;

/**
 * Collects what the sentences making the claim's statement give for its numbers and dates: the
 * candidate sentences that state the claim's other words (the evidence library's same-statement
 * test) and its predicate, and in each the number of the same thing (same unit, or counted nouns
 * that are the same or equivalent: Soldaten, Truppen) or the single date.
 */
final class FigureFinder {

	/** How well a claim name must be matched to count as named (nordkoreanische names Nordkorea). */
	static final double NAMED = 0.7;

	/** Share of the claim's words but the compared number or date a sentence must state. */
	static final double REST = 0.75;

	/** Share of the claim's words other than names and the compared aspect a sentence must state. */
	static final double BEYOND_NAMES = 0.5;

	/** For dates, the sentence must state even more of the rest of the claim: events recur. */
	static final double DATE_REST = 0.75;

	private final ClaimEvidence evidence;

	FigureFinder(ClaimEvidence evidence) {
		this.evidence = evidence;
	}

	/**
	 * What the sentences give for the claim's quantity. The claim's other numbers are part of the
	 * statement the sentence must make.
	 */
	List<Figure> forQuantity(Quantity wanted) {
		Predicate<Term> numberWords = term -> term.start() < wanted.end() && wanted.start() < term.end();
		List<Figure> figures = new ArrayList<>();
		for (AlignedSentence sentence : SameStatement.sentences(evidence, numberWords)) {
			if (!specific(sentence, numberWords)) {
				continue;
			}
			partner(wanted, sentence).ifPresent(stated -> figures.add(new Figure(sentence, stated.start(), stated.end(),
					agree(wanted, stated), SameStatement.restCoverage(sentence, numberWords))));
		}
		return figures;
	}

	/**
	 * What the sentences give for the claim's date, each date read against its document's date and
	 * the claim's against {@code reference}.
	 */
	List<Figure> forDate(DateExpression wanted, java.util.function.Function<String, Optional<LocalDate>> documentDate,
			LocalDate reference) {
		Predicate<Term> dateWords = term -> term.start() < wanted.end() && wanted.start() < term.end();
		Optional<DatePeriod> claimed = wanted.period(reference);
		List<Figure> figures = new ArrayList<>();
		if (claimed.isEmpty()) {
			return figures;
		}
		for (AlignedSentence sentence : SameStatement.sentences(evidence, dateWords)) {
			double rest = SameStatement.restCoverage(sentence, dateWords);
			if (rest < DATE_REST || !specific(sentence, dateWords) || sentence.analysis().dates().size() != 1) {
				continue;
			}
			DateExpression stated = sentence.analysis().dates().get(0);
			Optional<DatePeriod> period = stated.period(documentDate.apply(sentence.documentId()).orElse(reference));
			if (period.isPresent()) {
				figures.add(new Figure(sentence, stated.start(), stated.end(), period.get().overlaps(claimed.get()), rest));
			}
		}
		return figures;
	}

	/**
	 * Whether the sentence makes the claim's statement about the same people, places and
	 * organisations, not just a statement of the same kind (another company's turnover, another
	 * team's draws): it states the claim's predicate, names every name of the claim (or a name
	 * standing for it: Pjöngjang for Nordkorea), contains half of the claim's other words and, names
	 * included, three quarters of all words but the compared number or date. A claim without names
	 * (Dort machen wir 100 Millionen Euro Umsatz) is too unspecific to be compared with other
	 * documents at all.
	 */
	private boolean specific(AlignedSentence sentence, Predicate<Term> aspect) {
		if (!sentence.alignment().predicateMatched()) {
			return false;
		}
		double total = 0;
		double found = 0;
		boolean named = false;
		for (TermMatch match : sentence.alignment().matches()) {
			Term term = match.claimTerm();
			if (aspect.test(term)) {
				continue;
			}
			double score = match.score();
			if (term.kind() == TermKind.NAME) {
				named = true;
				if (score < NAMED && standsFor(term, sentence)) {
					score = 1;
				}
				if (score < NAMED) {
					return false;
				}
			}
			total += term.weight();
			found += term.weight() * score;
		}
		return named && total > 0 && found / total >= REST
				&& sentence.alignment().coverage(term -> term.kind() != TermKind.NAME && !aspect.test(term)) >= BEYOND_NAMES;
	}

	private static boolean standsFor(Term name, AlignedSentence sentence) {
		return sentence.analysis().terms().stream()
				.anyMatch(term -> Metonyms.same(name.key(), term.key()));
	}

	/** The sentence's number of the same thing as the claim's, or empty. */
	private Optional<Quantity> partner(Quantity wanted, AlignedSentence sentence) {
		List<Quantity> stated = sentence.analysis().quantities();
		List<Quantity> same = stated.stream().filter(q -> sameThing(wanted, q, stated.size())).toList();
		return same.stream().filter(q -> agree(wanted, q)).findFirst().or(() -> same.stream().findFirst());
	}

	private boolean sameThing(Quantity wanted, Quantity stated, int statedCount) {
		if (wanted.ordinal() != stated.ordinal()) {
			return false;
		}
		if (wanted.unit() == null || stated.unit() == null) {
			return wanted.unit() == null && stated.unit() == null && statedCount == 1
					&& evidence.claim().quantities().size() == 1;
		}
		if (wanted.isMeasurement() || stated.isMeasurement()) {
			return wanted.isMeasurement() && stated.isMeasurement() && sameWord(wanted.unit(), stated.unit());
		}
		return sameWord(head(wanted.unit()), head(stated.unit())) || equivalent(head(wanted.unit()), head(stated.unit()));
	}

	/** Compatible values, and not the same number bounded from opposite sides. */
	static boolean agree(Quantity claimed, Quantity stated) {
		boolean opposite = claimed.value() == stated.value() && (upwards(claimed.qualifier()) && downwards(stated.qualifier())
				|| downwards(claimed.qualifier()) && upwards(stated.qualifier()));
		return claimed.compatibleWith(stated) && !opposite;
	}

	private static boolean upwards(Qualifier qualifier) {
		return qualifier == Qualifier.MORE_THAN || qualifier == Qualifier.AT_LEAST;
	}

	private static boolean downwards(Qualifier qualifier) {
		return qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.AT_MOST;
	}

	/** The head of a counted noun: US-Soldaten counts Soldaten. */
	private static String head(String unit) {
		int dash = unit.lastIndexOf('-');
		return dash >= 0 && dash + 1 < unit.length() ? unit.substring(dash + 1) : unit;
	}

	private static boolean sameWord(String a, String b) {
		return a.equalsIgnoreCase(b) || Aligner.sameKey(WordKeys.key(a), WordKeys.key(b));
	}

	private static boolean equivalent(String a, String b) {
		String other = WordKeys.key(b);
		return Equivalents.german().alternatives(WordKeys.key(a)).stream()
				.anyMatch(entry -> entry.size() == 1 && Aligner.sameKey(entry.get(0), other));
	}
}
