package org.factcheck.evidence.aspects;

import java.util.List;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.tokens.Token;

/**
 * Numbers that belong to a name: a bare whole number right after a proper noun ({@code Windows 10},
 * {@code Schalke 04}, {@code Bayern 3}) names a product, a club or a channel and counts nothing, so
 * it is not compared as a figure. Names write such numbers in digits: a spelled number after a name
 * ({@code will Griechenland vier der Hotspots}) counts. A number with a unit, a qualifier, a fraction or a range is a
 * figure wherever it stands.
 */
final class NamedNumbers {

	private NamedNumbers() {
	}

	/** The quantities without those that belong to a name; the same list if there are none. */
	static List<Quantity> without(AnalyzedText text, List<Quantity> quantities) {
		if (quantities.stream().noneMatch(q -> partOfName(text, q))) {
			return quantities;
		}
		return quantities.stream().filter(q -> !partOfName(text, q)).toList();
	}

	private static boolean partOfName(AnalyzedText text, Quantity quantity) {
		if (quantity.unit() != null || quantity.qualifier() != Qualifier.EXACT || quantity.ordinal()
				|| quantity.value() != quantity.upperValue() || quantity.value() != Math.rint(quantity.value())) {
			return false;
		}
		List<Token> tokens = text.tokens();
		for (int i = 1; i < tokens.size(); i++) {
			Token number = tokens.get(i);
			if (number.start() == quantity.start()) {
				Token before = tokens.get(i - 1);
				return number.end() == quantity.end() && Character.isDigit(number.text().charAt(0)) && "PROPN".equals(text.tags().get(i - 1))
						&& text.text().substring(before.end(), number.start()).isBlank();
			}
		}
		return false;
	}
}
