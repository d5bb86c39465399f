package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.tokens.Token;

/**
 * A figure whose counted noun the sentence leaves out after {@code es}: in {@code New Orleans
 * zählte 452.000 Einwohner, 2014 waren es 384.000} the 384.000 are Einwohner too. A figure without
 * a unit and no date, in a clause that holds {@code es} and no noun, is read with the unit of the
 * last figure before that clause, where that one has a unit.
 */
final class ElidedUnits {

	private ElidedUnits() {
	}

	/** The {@code quantities} of {@code text}, those with a left-out unit read with it. */
	static List<Quantity> read(AnalyzedText text, List<Quantity> quantities) {
		List<Quantity> read = new ArrayList<>(quantities);
		for (int i = 0; i < read.size(); i++) {
			Quantity figure = read.get(i);
			if (figure.unit() != null || figure.ordinal() || aDate(text, figure)) {
				continue;
			}
			int start = FigureTimes.stretchStart(text.text(), figure.start());
			Quantity before = quantities.stream().filter(q -> q.end() <= start && !aDate(text, q)).reduce((a, b) -> b).orElse(null);
			if (before == null || before.unit() == null || before.ordinal() || !elliptic(text, figure, start)) {
				continue;
			}
			read.set(i, new Quantity(figure.start(), figure.end(), figure.value(), figure.upperValue(), figure.qualifier(),
					before.unit(), false));
		}
		return read;
	}

	/**
	 * Whether the figure is one whose unit the sentence leaves out after es: its clause then speaks
	 * of what the clause of the figure before it speaks of.
	 */
	static boolean elided(AnalyzedText text, Quantity figure) {
		return figure.unit() != null && text.quantities().stream().anyMatch(q -> q.start() == figure.start() && q.unit() == null)
				&& elliptic(text, figure, FigureTimes.stretchStart(text.text(), figure.start()));
	}

	private static boolean aDate(AnalyzedText text, Quantity figure) {
		return text.dates().stream().anyMatch(date -> date.start() < figure.end() && figure.start() < date.end());
	}

	/** Whether the figure's clause holds es and no noun besides the figure. */
	private static boolean elliptic(AnalyzedText text, Quantity figure, int start) {
		int end = FigureTimes.stretchEnd(text.text(), figure.end());
		boolean es = false;
		List<Token> tokens = text.tokens();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.start() < start || token.end() > end || token.start() >= figure.start() && token.end() <= figure.end()) {
				continue;
			}
			String tag = text.tags().get(i);
			if (tag.equals("NOUN") || tag.equals("PROPN")) {
				return false;
			}
			es |= token.text().toLowerCase(Locale.GERMAN).equals("es");
		}
		return es;
	}
}
