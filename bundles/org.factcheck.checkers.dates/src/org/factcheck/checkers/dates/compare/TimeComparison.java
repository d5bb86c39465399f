package org.factcheck.checkers.dates.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.factcheck.checkers.dates.compare.TimeMatch.Outcome;
import org.factcheck.checkers.dates.stated.Role;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.text.tokens.Token;

/**
 * Compares the times a claim states with those of a sentence that makes the same statement. Each
 * claim time is compared with the sentence time that belongs to the same event: one in a clause
 * that contains the claim words around the claim time ({@code Am 7. November erklärte Yoon …} is
 * paired with the date in the clause where the sentence's {@code erklärte} and {@code Yoon} stand,
 * not with the date of a relative clause about something else). Among times anchored about as
 * well, one that agrees wins; between times of one clause, the one next to the same words as the
 * claim time is taken ({@code das am Dienstag auslaufende Programm} is compared with
 * {@code des am 30. Juni auslaufenden Programms}, not with {@code lehnten am Samstag … ab}). When the
 * time of the same event cannot be compared (a weekday against a date of unknown year), nothing is
 * concluded. A year that names a thing ({@code die Wien-Wahl 2005}) is never a
 * conflict: another year there is another thing. Nor is a sentence that gives the claim's time too,
 * in a clause that holds a fair share of the claim's words ({@code Am 17. Oktober beginnt die Wahl in
 * 14 Provinzen, am 21. November in den anderen 13}): it tells two events, and the claim may be about
 * the other one.
 */
public final class TimeComparison {

	/**
	 * Share of the claim clause's words (by weight) that must stand in the sentence time's clause for
	 * a different time there to count as a conflict.
	 */
	static final double MIN_ANCHOR_SHARE = 0.3;

	/** How many words apart a word and a time count as next to each other. */
	private static final int NEAR = 3;

	/** The weight share of a neighbouring claim word that a sentence time near its counterpart gains. */
	private static final double NEARNESS_BONUS = 0.5;

	/** Times anchored at least this fraction as well as the best one may agree in its place. */
	private static final double NEARLY_AS_WELL = 0.8;

	/** A claim time, the sentence time it was compared with, and how they relate. */
	public record Pair(StatedTime claim, StatedTime sentence, TimeMatch match) {
	}

	/**
	 * A sentence time considered for a claim time: how it compares, how many claim words its clause
	 * holds, and that plus the nearness bonus, which decides which time belongs to the same event.
	 */
	private record Candidate(StatedTime time, TimeMatch match, double anchor, double score) {
	}

	private final List<Pair> agreements;
	private final List<Pair> conflicts;

	private TimeComparison(List<Pair> agreements, List<Pair> conflicts) {
		this.agreements = List.copyOf(agreements);
		this.conflicts = List.copyOf(conflicts);
	}

	/**
	 * @param alignment the alignment of the claim's words to the sentence
	 * @param timeWords the claim words that are part of its times (not counted as anchors)
	 */
	public static TimeComparison compare(DatedText claim, DatedText sentence, Alignment alignment,
			Predicate<Term> timeWords) {
		Clauses claimClauses = Clauses.of(claim.text());
		Clauses sentenceClauses = Clauses.of(sentence.text());
		List<Pair> agreements = new ArrayList<>();
		List<Pair> conflicts = new ArrayList<>();
		for (StatedTime wanted : claim.times()) {
			int clause = claimClauses.at(wanted.start());
			List<TermMatch> anchors = alignment.matches().stream()
					.filter(m -> !timeWords.test(m.claimTerm()) && claimClauses.ofToken(m.claimTerm().index()) == clause)
					.toList();
			double clauseWeight = anchors.stream().mapToDouble(m -> m.claimTerm().weight()).sum();
			List<TermMatch> neighbours = neighbours(anchors, claim.text(), wanted);
			List<Candidate> candidates = new ArrayList<>();
			for (StatedTime stated : sentence.times()) {
				double anchor = anchor(anchors, sentence, sentenceClauses, sentenceClauses.at(stated.start()));
				if (anchor > 0) {
					TimeMatch match = TimeMatch.compare(wanted, claim.reference(), stated, sentence.reference());
					candidates.add(new Candidate(stated, match, anchor, anchor + nearness(neighbours, sentence, stated)));
				}
			}
			Candidate best = candidates.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElse(null);
			if (best == null) {
				continue;
			}
			Candidate agreeing = best.match().outcome() == Outcome.SAME ? best
					: candidates.stream().filter(c -> c.match().outcome() == Outcome.SAME
							&& c.score() >= NEARLY_AS_WELL * best.score()).findFirst().orElse(null);
			if (agreeing != null) {
				agreements.add(new Pair(wanted, agreeing.time(), agreeing.match()));
			} else if (best.match().outcome() == Outcome.DIFFERENT && best.anchor() >= MIN_ANCHOR_SHARE * clauseWeight
					&& wanted.role() != Role.LABEL && best.time().role() != Role.LABEL
					&& candidates.stream().noneMatch(c -> c.match().outcome() == Outcome.SAME
							&& c.anchor() >= MIN_ANCHOR_SHARE * clauseWeight)) {
				conflicts.add(new Pair(wanted, best.time(), best.match()));
			}
		}
		return new TimeComparison(agreements, conflicts);
	}

	/** The claim words right next to a claim time ({@code auslaufende} in {@code das am Dienstag auslaufende}). */
	private static List<TermMatch> neighbours(List<TermMatch> anchors, AnalyzedText claim, StatedTime time) {
		int[] span = tokenSpan(claim, time);
		return anchors.stream().filter(m -> m.matched() && m.sentenceTerm() != null)
				.filter(m -> distance(m.claimTerm().index(), span) <= NEAR).toList();
	}

	/**
	 * A bonus for a sentence time that stands as close to the counterparts of the claim time's
	 * neighbouring words as the claim time stands to them: the tie-break between times of one clause.
	 */
	private static double nearness(List<TermMatch> neighbours, DatedText sentence, StatedTime stated) {
		int[] span = tokenSpan(sentence.text(), stated);
		double bonus = 0;
		for (TermMatch neighbour : neighbours) {
			String key = neighbour.sentenceTerm().key();
			boolean near = sentence.text().terms().stream()
					.anyMatch(t -> t.key().equals(key) && distance(t.index(), span) <= NEAR);
			if (near) {
				bonus += NEARNESS_BONUS * neighbour.claimTerm().weight();
			}
		}
		return bonus;
	}

	private static int[] tokenSpan(AnalyzedText text, StatedTime time) {
		int first = -1;
		int last = -1;
		for (int i = 0; i < text.tokens().size(); i++) {
			Token token = text.tokens().get(i);
			if (token.end() > time.start() && token.start() < time.end()) {
				first = first < 0 ? i : first;
				last = i;
			}
		}
		return new int[] { first, last };
	}

	private static int distance(int tokenIndex, int[] span) {
		if (span[0] < 0) {
			return Integer.MAX_VALUE;
		}
		return tokenIndex < span[0] ? span[0] - tokenIndex : tokenIndex > span[1] ? tokenIndex - span[1] : 0;
	}

	/**
	 * The sentence time that dates the statement itself, for a claim that states no time: the one in
	 * the clause that holds most of the claim's words, at least {@link #MIN_ANCHOR_SHARE} of them by
	 * weight; null when there is none.
	 */
	public static StatedTime statementTime(DatedText sentence, Alignment alignment) {
		Clauses clauses = Clauses.of(sentence.text());
		double weight = alignment.matches().stream().mapToDouble(m -> m.claimTerm().weight()).sum();
		StatedTime best = null;
		double bestAnchor = 0;
		for (StatedTime stated : sentence.times()) {
			double anchor = anchor(alignment.matches(), sentence, clauses, clauses.at(stated.start()));
			if (anchor > bestAnchor) {
				best = stated;
				bestAnchor = anchor;
			}
		}
		return bestAnchor >= MIN_ANCHOR_SHARE * weight ? best : null;
	}

	/** Weight of the claim words whose counterpart stands in the given clause of the sentence. */
	private static double anchor(List<TermMatch> anchors, DatedText sentence, Clauses clauses, int clause) {
		double anchor = 0;
		for (TermMatch match : anchors) {
			if (!match.matched() || match.sentenceTerm() == null) {
				continue;
			}
			String key = match.sentenceTerm().key();
			boolean inClause = sentence.text().terms().stream()
					.anyMatch(t -> clauses.ofToken(t.index()) == clause && t.key().equals(key));
			if (inClause) {
				anchor += match.claimTerm().weight() * match.score();
			}
		}
		return anchor;
	}

	/** Claim times the sentence states compatibly. */
	public List<Pair> agreements() {
		return agreements;
	}

	/** Claim times for which the sentence states another time for the same event. */
	public List<Pair> conflicts() {
		return conflicts;
	}
}
