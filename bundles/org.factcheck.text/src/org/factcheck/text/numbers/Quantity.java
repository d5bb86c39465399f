package org.factcheck.text.numbers;

/**
 * A number the text states, with what qualifies and what it counts or measures.
 *
 * @param start      offset of the quantity including its qualifier (über, zwischen) or currency
 *                   sign before it
 * @param end        end offset, exclusive, including a multiplier and a unit that directly follow
 *                   (3,4 Millionen, 60 Prozent, 10.000 Truppen)
 * @param value      the value after multipliers (3,4 Millionen = 3400000); the lower end of a
 *                   range; the least value for vague plurals (Tausende = 2000)
 * @param upperValue the upper end of a range, else equal to {@code value}
 * @param qualifier  how the text qualifies the number
 * @param unit       what the number counts or measures: a normalised unit ({@code Prozent} for %
 *                   and Prozent, {@code Euro} for €, {@code mm}) or the noun after it as written
 *                   ({@code Soldaten}, {@code Truppen}, also after adjectives:
 *                   {@code 3.000 nordkoreanische Soldaten}); null if none
 * @param ordinal    true for ordinals (dritte, zweiten, der 7. Platz)
 */
public record Quantity(int start, int end, double value, double upperValue, Qualifier qualifier, String unit,
		boolean ordinal) {

	/** The relative tolerance of approximate numbers (rund, etwa, ca., knapp). */
	public static final double APPROXIMATION = 0.1;

	/**
	 * Whether this and {@code other} can describe the same amount: their value intervals overlap
	 * (exact numbers are points, approximate ones allow ±10 %, mindestens/über are open upwards,
	 * höchstens/unter downwards, ranges span their ends; the bounds of über and unter count as
	 * included, since news rounds), both or neither are ordinals, and their units do not
	 * contradict each other (two different units of measurement or currencies, or a unit of
	 * measurement against a counted noun, never match; different nouns such as Soldaten and
	 * Truppen may).
	 */
	public boolean compatibleWith(Quantity other) {
		if (!comparableWith(other)) {
			return false;
		}
		double[] a = interval();
		double[] b = other.interval();
		double epsilon = epsilon(other);
		return a[0] <= b[1] + epsilon && b[0] <= a[1] + epsilon;
	}

	/**
	 * Whether every value this quantity allows is one the other allows (612.000 and rund 600.000 lie
	 * within mehr als 500.000; mehr als 200 does not lie within mehr als 2.000).
	 */
	public boolean within(Quantity other) {
		if (!comparableWith(other)) {
			return false;
		}
		double[] a = interval();
		double[] b = other.interval();
		double epsilon = epsilon(other);
		return b[0] <= a[0] + epsilon && a[1] <= b[1] + epsilon;
	}

	private boolean comparableWith(Quantity other) {
		return ordinal == other.ordinal && unitsCompatible(unit, other.unit);
	}

	/** Tolerance for comparing the two quantities' interval ends (decimal parsing). */
	private double epsilon(Quantity other) {
		return 1e-9 * Math.max(1, Math.max(Math.abs(value), Math.abs(other.value)));
	}

	private static boolean unitsCompatible(String one, String other) {
		if (one == null || other == null || one.equals(other)) {
			return true;
		}
		UnitTable units = UnitTable.german();
		return units.kindOf(one) == null && units.kindOf(other) == null;
	}

	private double[] interval() {
		return switch (qualifier) {
		case EXACT -> new double[] { value, value };
		case APPROXIMATELY -> {
			double delta = Math.abs(value) * APPROXIMATION;
			yield new double[] { value - delta, value + delta };
		}
		case AT_LEAST, MORE_THAN -> new double[] { value, Double.POSITIVE_INFINITY };
		case AT_MOST, LESS_THAN -> new double[] { Double.NEGATIVE_INFINITY, value };
		case RANGE -> new double[] { Math.min(value, upperValue), Math.max(value, upperValue) };
		};
	}

	/** Whether the unit is one of measurement, ratio or currency (mm, Prozent, Euro) rather than a counted noun. */
	public boolean isMeasurement() {
		return unit != null && UnitTable.german().kindOf(unit) != null;
	}

	public boolean isRange() {
		return qualifier == Qualifier.RANGE;
	}
}
