package org.factcheck.evidence.aspects;

import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;

/**
 * A claim that puts its statement before the time the sentence speaks of, by an adverb of an
 * earlier time ({@code war zuvor Botschafterin in Paris}), where the sentence has no such adverb
 * ({@code Anna Berger, britische Botschafterin in Wien}): the sentence tells how things are now, so
 * another name it gives in the claim's place is no other answer to what the claim says of before.
 */
public final class EarlierTime {

	/** Adverbs that put a statement before the present (not bisher, which reaches up to it). */
	private static final Set<String> EARLIER = Set.of("zuvor", "vorher", "früher", "ehemals", "einst", "vormals", "davor");

	private EarlierTime() {
	}

	/** Whether the claim has an adverb of an earlier time and the sentence none. */
	public static boolean onlyInTheClaim(AnalyzedText claim, AnalyzedText sentence) {
		return claim.lowerCaseWords().stream().anyMatch(EARLIER::contains)
				&& sentence.lowerCaseWords().stream().noneMatch(EARLIER::contains);
	}
}
