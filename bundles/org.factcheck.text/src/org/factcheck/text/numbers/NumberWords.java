package org.factcheck.text.numbers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.factcheck.text.data.DataFile;

/**
 * Spelled German numbers from {@code data/number-words.txt}, the one table of them: cardinals,
 * ordinals, multipliers, and the indefinite article and rough amounts that count things before a
 * unit (einem Tag, ein paar Sekunden).
 */
public final class NumberWords {

	private static final String[] ORDINAL_ENDINGS = { "en", "er", "es", "em", "e" };

	private final Map<String, Double> units = new HashMap<>();
	private final Map<String, Double> teensAndTens = new HashMap<>();
	private final Map<String, Double> wholeWords = new HashMap<>();
	private final Map<String, Double> multipliers = new HashMap<>();
	private final Map<String, Double> vague = new HashMap<>();
	private final Map<String, Integer> ordinalStems = new HashMap<>();
	private final Map<String, Double> articles = new HashMap<>();
	private final Map<String, Double> amounts = new HashMap<>();
	/** The first three letters of every spelled number, to reject other words quickly. */
	private final Set<String> prefixes = new HashSet<>();
	/**
	 * The whole numbers of the words asked for so far: the aligner asks for that of
	 * every sentence word beside a claim's number, for each claim. Emptied when full.
	 */
	private final Map<String, Optional<Long>> wholeNumbers = new ConcurrentHashMap<>();

	private static final int MAX_WHOLE_NUMBERS = 100_000;

	private NumberWords() {
		for (String[] row : DataFile.table(NumberWords.class, "data/number-words.txt", 3)) {
			String word = row[0].toLowerCase(Locale.ROOT);
			double value = Double.parseDouble(row[1]);
			switch (row[2]) {
			case "unit" -> units.put(word, value);
			case "teen", "ten" -> teensAndTens.put(word, value);
			case "hundred", "thousand" -> {
				// composed by parse()
			}
			case "cardinal", "fraction" -> wholeWords.put(word, value);
			case "multiplier" -> multipliers.put(word, value);
			case "vague" -> vague.put(word, value);
			case "ordinal" -> ordinalStems.put(word, (int) value);
			case "article" -> articles.put(word, value);
			case "amount" -> amounts.put(word, value);
			default -> throw new IllegalStateException("data/number-words.txt: unknown role " + row[2] + " of " + row[0]);
			}
			if (!row[2].equals("article") && !row[2].equals("amount")) {
				prefixes.add(prefix(word));
			}
		}
	}

	private static String prefix(String lowerCaseWord) {
		return lowerCaseWord.length() <= 3 ? lowerCaseWord : lowerCaseWord.substring(0, 3);
	}

	/**
	 * False for words that cannot be spelled numbers (cardinals, ordinals, multipliers, vague
	 * amounts); cheap.
	 */
	boolean mayBeNumber(String lowerCaseWord) {
		return prefixes.contains(prefix(lowerCaseWord));
	}

	private static final class Holder {
		static final NumberWords GERMAN = new NumberWords();
	}

	public static NumberWords german() {
		return Holder.GERMAN;
	}

	/** The value of a spelled cardinal (sieben, zwölf, einundzwanzig, dreitausend), or null. */
	Double cardinal(String word) {
		return cardinalOfLowerCase(word.toLowerCase(Locale.ROOT));
	}

	/** {@link #cardinal} of a word already in lower case. */
	Double cardinalOfLowerCase(String w) {
		if (w.equals("ein") || !mayBeNumber(w)) {
			return null;
		}
		Double whole = wholeWords.get(w);
		return whole != null ? whole : parse(w);
	}

	/**
	 * What a spelled word counts (in lower case): a cardinal ({@link #cardinalOfLowerCase}) or the
	 * indefinite article (ein, eine, einem: 1); or null.
	 */
	public Double countOfLowerCase(String w) {
		Double article = articles.get(w);
		return article != null ? article : cardinalOfLowerCase(w);
	}

	/**
	 * What a spelled word counts before a unit (in lower case): a {@linkplain #countOfLowerCase
	 * count}, or a rough amount (paar, einige, mehrere: 3; halben: 0.5); or null.
	 */
	Double amountOfLowerCase(String w) {
		Double amount = amounts.get(w);
		return amount != null ? amount : countOfLowerCase(w);
	}

	/**
	 * The whole number a spelled word gives: a cardinal, the indefinite article or an ordinal with its
	 * ending (fünf, einem, fünften); or null.
	 */
	public Long wholeNumber(String word) {
		Optional<Long> known = wholeNumbers.get(word);
		if (known == null) {
			known = Optional.ofNullable(spelledWholeNumber(word));
			if (wholeNumbers.size() >= MAX_WHOLE_NUMBERS) {
				wholeNumbers.clear();
			}
			wholeNumbers.put(word, known);
		}
		return known.orElse(null);
	}

	private Long spelledWholeNumber(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		Double count = countOfLowerCase(w);
		if (count != null) {
			return count == Math.rint(count) ? Long.valueOf(count.longValue()) : null;
		}
		int ordinal = ordinalOfLowerCase(w);
		return ordinal > 0 ? Long.valueOf(ordinal) : null;
	}

	/** The factor of Tausend, Millionen, Mio, Mrd ..., or null. */
	Double multiplier(String word) {
		return multipliers.get(word.toLowerCase(Locale.ROOT));
	}

	/** The least value of Hunderte, Tausende ... (in lower case), or null. */
	Double vagueOfLowerCase(String w) {
		return vague.get(w);
	}

	/** The value of a spelled ordinal with its ending (dritte, zweiten, zwanzigsten; in lower case), or 0. */
	public int ordinalOfLowerCase(String w) {
		if (!mayBeNumber(w)) {
			return 0;
		}
		for (String ending : ORDINAL_ENDINGS) {
			if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
				int value = ordinalStem(w.substring(0, w.length() - ending.length()));
				if (value > 0) {
					return value;
				}
			}
		}
		return 0;
	}

	private int ordinalStem(String stem) {
		Integer direct = ordinalStems.get(stem);
		if (direct != null) {
			return direct;
		}
		if (stem.endsWith("st")) {
			Double value = parse(stem.substring(0, stem.length() - 2));
			if (value != null && value >= 20) {
				return value.intValue();
			}
		}
		if (stem.endsWith("t")) {
			Double value = parse(stem.substring(0, stem.length() - 1));
			if (value != null && value >= 13 && value < 20) {
				return value.intValue();
			}
		}
		return 0;
	}

	private Double parse(String w) {
		int thousand = w.indexOf("tausend");
		if (thousand >= 0) {
			Double left = thousand == 0 ? Double.valueOf(1) : belowThousand(w.substring(0, thousand));
			String rest = w.substring(thousand + "tausend".length());
			Double right = rest.isEmpty() ? Double.valueOf(0) : belowThousand(rest);
			return left == null || right == null ? null : left * 1000 + right;
		}
		return belowThousand(w);
	}

	private Double belowThousand(String w) {
		int hundred = w.indexOf("hundert");
		if (hundred >= 0) {
			Double left = hundred == 0 ? Double.valueOf(1) : units.get(w.substring(0, hundred));
			String rest = w.substring(hundred + "hundert".length());
			Double right = rest.isEmpty() ? Double.valueOf(0) : belowHundred(rest);
			return left == null || right == null ? null : left * 100 + right;
		}
		return belowHundred(w);
	}

	private Double belowHundred(String w) {
		Double simple = units.containsKey(w) ? units.get(w) : teensAndTens.get(w);
		if (simple != null) {
			return simple;
		}
		int and = w.indexOf("und");
		if (and > 0) {
			Double unit = units.get(w.substring(0, and));
			Double ten = teensAndTens.get(w.substring(and + 3));
			if (unit != null && ten != null && ten >= 20) {
				return unit + ten;
			}
		}
		return null;
	}
}
