package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.numbers.Quantity;

/**
 * Compares the quantities of a claim with those of a sentence. A claim quantity is compared only
 * with sentence quantities of the same thing — the same unit of measurement, or a counted noun
 * that the sentence names right after its number ({@code 28.500 in Südkorea stationierten
 * US-Soldaten}) — so that a number for something else in the same sentence is not mistaken for it.
 */
public final class QuantityComparison {

	/** How many words after a number may stand between it and the noun it counts. */
	private static final int COUNTED_NOUN_REACH = 6;

	/** A claim quantity and the sentence quantity it was compared with. */
	public record Pair(Quantity claim, Quantity sentence) {
	}

	private final List<Pair> agreements;
	private final List<Pair> conflicts;

	private QuantityComparison(List<Pair> agreements, List<Pair> conflicts) {
		this.agreements = List.copyOf(agreements);
		this.conflicts = List.copyOf(conflicts);
	}

	public static QuantityComparison compare(AnalyzedText claim, AnalyzedText sentence) {
		List<Pair> agreements = new ArrayList<>();
		List<Pair> conflicts = new ArrayList<>();
		for (Quantity wanted : claim.quantities()) {
			List<Quantity> comparable = sentence.quantities().stream()
					.filter(q -> sameThing(wanted, q, sentence)).toList();
			comparable.stream().filter(wanted::compatibleWith).findFirst()
					.ifPresentOrElse(q -> agreements.add(new Pair(wanted, q)),
							() -> comparable.stream().findFirst().ifPresent(q -> conflicts.add(new Pair(wanted, q))));
		}
		return new QuantityComparison(agreements, conflicts);
	}

	static boolean sameThing(Quantity wanted, Quantity stated, AnalyzedText sentence) {
		if (wanted.ordinal() != stated.ordinal()) {
			return false;
		}
		if (wanted.unit() == null) {
			return !stated.isMeasurement();
		}
		if (stated.unit() != null && sameWord(wanted.unit(), stated.unit())) {
			return true;
		}
		if (wanted.isMeasurement() || stated.isMeasurement()) {
			return false;
		}
		return countedNear(wanted.unit(), stated, sentence);
	}

	private static boolean countedNear(String unit, Quantity stated, AnalyzedText sentence) {
		String key = WordKeys.key(unit);
		int seen = 0;
		for (Term term : sentence.terms()) {
			if (term.start() < stated.end()) {
				continue;
			}
			if (++seen > COUNTED_NOUN_REACH) {
				return false;
			}
			if (Aligner.sameKey(term.key(), key) || term.parts().stream().anyMatch(p -> Aligner.sameKey(p, key))
					|| keyParts(unit).stream().anyMatch(p -> Aligner.sameKey(p, term.key()))) {
				return true;
			}
		}
		return false;
	}

	private static List<String> keyParts(String unit) {
		List<String> parts = new ArrayList<>();
		for (String part : unit.split("-")) {
			if (!part.isEmpty()) {
				parts.add(WordKeys.key(part));
			}
		}
		return parts;
	}

	private static boolean sameWord(String a, String b) {
		return a.equals(b) || Aligner.sameKey(WordKeys.key(a), WordKeys.key(b));
	}

	/** Claim quantities the sentence states compatibly. */
	public List<Pair> agreements() {
		return agreements;
	}

	/** Claim quantities for which the sentence gives only other values of the same thing. */
	public List<Pair> conflicts() {
		return conflicts;
	}
}
