package org.factcheck.corpus.formats.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.formats.FurnitureNames;
import org.factcheck.text.data.DataFile;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Tells which elements of a page are furniture and of which kind, by the rules of
 * {@code data/html-furniture.txt}: tag names, ARIA roles and the words of class names, ids,
 * {@code data-*} attribute names and labels. Inside the main article, {@code header} is the
 * article's own header (article text) and {@code footer} its own footer (metadata). A form with
 * no telling name is a newsletter form when it asks for an e-mail address, a comment form when it
 * has a text area, else navigation (search).
 */
final class FurnitureClassifier {

	private enum What {
		TAG, ROLE, WORD
	}

	private record Rule(FurnitureKind kind, What what, List<String> words) {
	}

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

	private final List<Rule> rules = new ArrayList<>();

	private FurnitureClassifier() {
		for (String[] row : DataFile.table(FurnitureClassifier.class, "data/html-furniture.txt", 3)) {
			What what = What.valueOf(row[1].toUpperCase(Locale.ROOT));
			rules.add(new Rule(FurnitureNames.kind(row[0], "data/html-furniture.txt"), what, words(row[2])));
		}
	}

	private static final class Holder {
		static final FurnitureClassifier INSTANCE = new FurnitureClassifier();
	}

	static FurnitureClassifier load() {
		return Holder.INSTANCE;
	}

	/**
	 * The furniture kind of {@code element}, or null when it says nothing about itself.
	 *
	 * @param insideMain whether the element lies inside the page's main article
	 */
	FurnitureKind kindOf(Element element, boolean insideMain) {
		String tag = element.normalName();
		if (insideMain && tag.equals("header")) {
			return null;
		}
		if (insideMain && tag.equals("footer")) {
			return FurnitureKind.METADATA;
		}
		List<String> words = words(element);
		String role = element.attr("role").toLowerCase(Locale.ROOT).strip();
		for (Rule rule : rules) {
			boolean matches = switch (rule.what()) {
			case TAG -> rule.words().get(0).equals(tag);
			case ROLE -> rule.words().get(0).equals(role);
			case WORD -> containsInRow(words, rule.words());
			};
			if (matches) {
				return tag.equals("form") && rule.kind() == FurnitureKind.OTHER ? formKind(element) : rule.kind();
			}
		}
		return null;
	}

	private static FurnitureKind formKind(Element form) {
		if (!form.select("input[type=email], input[name*=mail]").isEmpty()) {
			return FurnitureKind.NEWSLETTER;
		}
		if (!form.select("textarea").isEmpty()) {
			return FurnitureKind.COMMENTS;
		}
		return FurnitureKind.NAVIGATION;
	}

	/** The words an element's class, id, {@code data-*} names and labels are made of, lower case. */
	static List<String> words(Element element) {
		List<String> words = new ArrayList<>();
		addWords(element.className(), words);
		addWords(element.id(), words);
		addWords(element.attr("aria-label"), words);
		for (Attribute attribute : element.attributes()) {
			if (attribute.getKey().startsWith("data-")) {
				addWords(attribute.getKey().substring("data-".length()), words);
			}
		}
		return words;
	}

	private static void addWords(String value, List<String> words) {
		if (value == null || value.isBlank()) {
			return;
		}
		for (String part : value.split("\\s+")) {
			words.addAll(words(part));
			words.add("");
		}
	}

	private static List<String> words(String value) {
		List<String> words = new ArrayList<>();
		for (String word : WORD_BREAK.split(value.strip())) {
			if (!word.isEmpty()) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	private static boolean containsInRow(List<String> words, List<String> wanted) {
		for (int i = 0; i + wanted.size() <= words.size(); i++) {
			if (words.subList(i, i + wanted.size()).equals(wanted)) {
				return true;
			}
		}
		return false;
	}
}
