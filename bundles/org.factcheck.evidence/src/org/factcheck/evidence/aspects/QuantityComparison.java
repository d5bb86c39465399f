package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.factcheck.text.numbers.Quantity;

/**
 * Compares the quantities of a claim with those of a sentence, each claim quantity with the
 * sentence's quantities of the same unit (what is counted or measured), so that a number for
 * something else in the same sentence is not mistaken for it.
 */
public final class QuantityComparison {

	/** A claim quantity and the sentence quantity it was compared with. */
	public record Pair(Quantity claim, Quantity sentence) {
	}

	private final List<Pair> agreements;
	private final List<Pair> conflicts;

	private QuantityComparison(List<Pair> agreements, List<Pair> conflicts) {
		this.agreements = List.copyOf(agreements);
		this.conflicts = List.copyOf(conflicts);
	}

	public static QuantityComparison compare(List<Quantity> claim, List<Quantity> sentence) {
		List<Pair> agreements = new ArrayList<>();
		List<Pair> conflicts = new ArrayList<>();
		for (Quantity wanted : claim) {
			List<Quantity> comparable = sentence.stream().filter(q -> sameUnit(wanted, q)).toList();
			comparable.stream().filter(wanted::compatibleWith).findFirst()
					.ifPresentOrElse(q -> agreements.add(new Pair(wanted, q)),
							() -> comparable.stream().findFirst().ifPresent(q -> conflicts.add(new Pair(wanted, q))));
		}
		return new QuantityComparison(agreements, conflicts);
	}

	private static boolean sameUnit(Quantity a, Quantity b) {
		return a.ordinal() == b.ordinal() && Objects.equals(a.unit(), b.unit());
	}

	/** Claim quantities the sentence states compatibly. */
	public List<Pair> agreements() {
		return agreements;
	}

	/** Claim quantities for which the sentence gives only other values of the same unit. */
	public List<Pair> conflicts() {
		return conflicts;
	}
}
