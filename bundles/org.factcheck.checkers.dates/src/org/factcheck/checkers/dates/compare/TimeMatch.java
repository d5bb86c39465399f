package org.factcheck.checkers.dates.compare;

import java.time.LocalDate;
import java.util.Optional;

import org.factcheck.checkers.dates.stated.DayPart;
import org.factcheck.checkers.dates.stated.ResolvedDate;
import org.factcheck.checkers.dates.stated.ResolvedDate.Field;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DatePeriod;
import org.factcheck.text.dates.TimeOfDay;

/**
 * How a time stated by a claim relates to a time stated by a sentence, compared at the precision
 * both state: {@code im November} and {@code am 7. November} are the same, {@code 2024} and
 * {@code 24.10.2024} too; a day inside a period is the same as the period; another year, month,
 * day, weekday or part of the day is different. Fields completed from a reference date (the
 * document's date for the sentence, the asof date for the claim) take part, except that a year that
 * only one side infers makes a difference uncertain, and a field both sides infer is not compared.
 *
 * @param outcome       the result
 * @param usesReference whether the sentence's side needed its reference date (a weekday read as a
 *                      date, a year added)
 */
public record TimeMatch(Outcome outcome, boolean usesReference) {

	/** Clock times fewer minutes apart than this may be the same time given roughly. */
	private static final int ROUGHLY = 30;

	/** The result of comparing two stated times. */
	public enum Outcome {
		/** Both state the same time, as far as both state it. */
		SAME,
		/** They state different times. */
		DIFFERENT,
		/** They differ only in a field one side inferred: no verdict either way. */
		UNCERTAIN,
		/** Nothing to compare: different roles, or no field both state. */
		INCOMPARABLE;

		Outcome and(Outcome other) {
			if (this == DIFFERENT || other == DIFFERENT) {
				return DIFFERENT;
			}
			if (this == UNCERTAIN || other == UNCERTAIN) {
				return UNCERTAIN;
			}
			return this == SAME || other == SAME ? SAME : INCOMPARABLE;
		}
	}

	/** Private accumulator of one comparison. */
	private static final class Tally {
		int shared;
		boolean different;
		boolean uncertain;
		boolean usesReference;

		void compare(Field claim, Field sentence, boolean yearLike) {
			if (!claim.isKnown() || !sentence.isKnown() || claim.inferred() && sentence.inferred()) {
				return;
			}
			shared++;
			usesReference |= sentence.inferred();
			if (claim.value() != sentence.value()) {
				if (yearLike && (claim.inferred() || sentence.inferred())) {
					uncertain = true;
				} else {
					different = true;
				}
			}
		}

		Outcome outcome() {
			if (shared == 0) {
				return Outcome.INCOMPARABLE;
			}
			return different ? Outcome.DIFFERENT : uncertain ? Outcome.UNCERTAIN : Outcome.SAME;
		}
	}

	/**
	 * @param claimReference    the claim's asof date, or null
	 * @param sentenceReference the published date of the sentence's document, or null
	 */
	public static TimeMatch compare(StatedTime claim, LocalDate claimReference, StatedTime sentence,
			LocalDate sentenceReference) {
		if (!claim.role().comparableWith(sentence.role())) {
			return new TimeMatch(Outcome.INCOMPARABLE, false);
		}
		TimeMatch dates = compareDates(claim.date(), claimReference, sentence.date(), sentenceReference);
		Outcome timeOfDay = compareTimeOfDay(claim, sentence);
		return new TimeMatch(dates.outcome().and(timeOfDay), dates.usesReference());
	}

	private static TimeMatch compareDates(DateExpression claim, LocalDate claimReference, DateExpression sentence,
			LocalDate sentenceReference) {
		if (claim == null || sentence == null) {
			return new TimeMatch(Outcome.INCOMPARABLE, false);
		}
		if (claim.isRange() && sentence.isRange()) {
			TimeMatch first = compareSingle(claim, claimReference, sentence, sentenceReference);
			TimeMatch last = compareSingle(claim.rangeEnd(), claimReference, sentence.rangeEnd(), sentenceReference);
			return new TimeMatch(first.outcome().and(last.outcome()), first.usesReference() || last.usesReference());
		}
		if (claim.isRange()) {
			return new TimeMatch(Outcome.INCOMPARABLE, false);
		}
		if (sentence.isRange()) {
			return compareWithPeriod(claim, claimReference, sentence, sentenceReference);
		}
		return compareSingle(claim, claimReference, sentence, sentenceReference);
	}

	private static TimeMatch compareSingle(DateExpression claim, LocalDate claimReference, DateExpression sentence,
			LocalDate sentenceReference) {
		boolean weekdayOnly = claim.weekday() > 0 && claim.month() == 0 && claim.year() == 0;
		ResolvedDate a = ResolvedDate.of(claim, weekdayOnly ? null : claimReference);
		ResolvedDate b = ResolvedDate.of(sentence, sentenceReference);
		Tally tally = new Tally();
		tally.compare(a.year(), b.year(), true);
		tally.compare(a.month(), b.month(), false);
		if (a.month().isKnown() && b.month().isKnown()) {
			tally.compare(a.day(), b.day(), false);
		}
		if (claim.weekday() > 0 || sentence.weekday() > 0) {
			tally.compare(a.weekday(), b.weekday(), false);
		}
		Outcome outcome = tally.outcome();
		if (outcome == Outcome.SAME && sentence.weekday() == 0 && morePrecise(a, b)) {
			outcome = Outcome.UNCERTAIN;
		}
		return new TimeMatch(outcome, tally.usesReference);
	}

	/**
	 * Whether the claim gives a month or day the sentence does not (am 1. Juli 1910 / 1910; im März
	 * 2016 / 2016): the sentence does not give the claim's date, it only does not contradict it. A
	 * sentence naming the weekday (am Dienstag) names a day, so it is not less precise.
	 */
	private static boolean morePrecise(ResolvedDate claim, ResolvedDate sentence) {
		return claim.month().isKnown() && !claim.month().inferred() && !sentence.month().isKnown()
				|| claim.day().isKnown() && !claim.day().inferred() && sentence.month().isKnown() && !sentence.day().isKnown();
	}

	/** A single claim date against a sentence period: inside is the same, outside is different. */
	private static TimeMatch compareWithPeriod(DateExpression claim, LocalDate claimReference, DateExpression sentence,
			LocalDate sentenceReference) {
		Optional<DatePeriod> claimPeriod = claim.period(claimReference);
		Optional<DatePeriod> sentencePeriod = sentence.period(sentenceReference);
		if (claimPeriod.isEmpty() || sentencePeriod.isEmpty()) {
			return new TimeMatch(Outcome.INCOMPARABLE, false);
		}
		boolean claimInferred = claim.year() == 0;
		boolean sentenceInferred = sentence.year() == 0 || sentence.rangeEnd().year() == 0;
		if (claimInferred && sentenceInferred) {
			return new TimeMatch(Outcome.INCOMPARABLE, false);
		}
		DatePeriod inner = claimPeriod.get();
		DatePeriod outer = sentencePeriod.get();
		if (outer.contains(inner.first()) && outer.contains(inner.last())) {
			return new TimeMatch(Outcome.SAME, sentenceInferred);
		}
		if (!outer.overlaps(inner)) {
			return new TimeMatch(claimInferred || sentenceInferred ? Outcome.UNCERTAIN : Outcome.DIFFERENT,
					sentenceInferred);
		}
		return new TimeMatch(Outcome.INCOMPARABLE, false);
	}

	private static Outcome compareTimeOfDay(StatedTime claim, StatedTime sentence) {
		Outcome outcome = Outcome.INCOMPARABLE;
		if (claim.dayPart() != null && sentence.dayPart() != null) {
			outcome = outcome.and(claim.dayPart().overlaps(sentence.dayPart()) ? Outcome.SAME : Outcome.DIFFERENT);
		}
		if (claim.clock() != null && sentence.clock() != null) {
			outcome = outcome.and(compareClocks(claim.clock(), sentence.clock()));
		}
		if (claim.clock() != null && sentence.dayPart() != null && sentence.clock() == null) {
			outcome = outcome.and(within(claim.clock(), sentence.dayPart()));
		}
		if (claim.dayPart() != null && sentence.clock() != null && claim.clock() == null) {
			outcome = outcome.and(within(sentence.clock(), claim.dayPart()));
		}
		return outcome;
	}

	private static Outcome within(TimeOfDay clock, DayPart part) {
		return part.containsHour(clock.hour() % 24) ? Outcome.SAME : Outcome.DIFFERENT;
	}

	/** The same minute; less than half an hour apart may be the same time given roughly. */
	private static Outcome compareClocks(TimeOfDay a, TimeOfDay b) {
		int apart = Math.abs(a.hour() * 60 + a.minute() - b.hour() * 60 - b.minute());
		return apart == 0 ? Outcome.SAME : apart < ROUGHLY ? Outcome.UNCERTAIN : Outcome.DIFFERENT;
	}
}
