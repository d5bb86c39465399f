package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.util.Version;
import org.factcheck.text.compounds.CompoundSplitter;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;
import org.factcheck.text.numbers.QuantityFinder;
import org.factcheck.text.tokens.PartOfSpeechTagger;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;

/**
 * Analyses German text for comparison: OpenNLP tokens and parts of speech, Lucene's German stop
 * words, light stemming, jwordsplitter compounds, and the text bundle's quantities and dates.
 * Thread-safe.
 */
public final class TextAnalyzer {

	/**
	 * What {@link #analyze} computes, for analyses kept across runs: a number raised whenever this
	 * class or what it calls changes its results, and the versions of the bundles holding that code
	 * and the models (a build gives them a new qualifier) and of Lucene (its stop words).
	 */
	public static final String VERSION = String.join("/", "analysis-5", bundleVersion(TextAnalyzer.class),
			bundleVersion(Tokenizer.class), "lucene-" + Version.LATEST);

	private static final CharArraySet STOP_WORDS = GermanAnalyzer.getDefaultStopSet();

	/**
	 * The comparatives of quantity: the tagger often takes them for determiners before a noun
	 * (wesentlich mehr Gäste), which would drop them, but they say how much, so they are always
	 * content words.
	 */
	private static final Set<String> COMPARATIVES_OF_QUANTITY = Set.of("mehr", "weniger");
	private static final TextAnalyzer GERMAN = new TextAnalyzer();

	public static TextAnalyzer german() {
		return GERMAN;
	}

	public AnalyzedText analyze(String text) {
		List<Token> tokens = Tokenizer.german().tokenize(text);
		List<String> tags = PartOfSpeechTagger.german().tag(tokens);
		List<Term> terms = new ArrayList<>();
		List<String> lemmas = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			lemmas.add(WordKeys.lemma(token.text(), tags.get(i)));
			TermKind kind = COMPARATIVES_OF_QUANTITY.contains(token.text().toLowerCase(Locale.GERMAN)) ? TermKind.ADVERB
					: TermKind.ofTag(tags.get(i));
			int completing = completingCompound(tokens, tags, i);
			if (completing >= 0) {
				kind = TermKind.ofTag(tags.get(completing));
			}
			if (kind == null || !isWord(token.text()) || stopWord(token.text(), kind)) {
				continue;
			}
			String word = completing >= 0 ? completed(token.text(), tokens.get(completing).text()) : token.text();
			terms.add(new Term(token.text(), token.start(), token.end(), i, kind, WordKeys.key(word, kind), parts(word, kind)));
		}
		return new AnalyzedText(text, tokens, tags, lemmas, terms, QuantityFinder.german().find(text),
				DateFinder.german().find(text));
	}

	/** Conjunctions after which a compound completes a first part left open (Ein- und Ausreise). */
	private static final Set<String> COORDINATING = Set.of("und", "oder", "sowie", "bzw.", "beziehungsweise", "als");

	/** How many words may stand between the conjunction and the completing compound (Bundes- und die Landesregierung). */
	private static final int COMPLETING_WITHIN = 3;

	/**
	 * For a first part left open by a hyphen before a conjunction ({@code HTML5- und Javascript-Nachbauten},
	 * {@code Ein- und Ausreise}), the token of the compound after the conjunction whose last part completes it;
	 * -1 for any other token.
	 */
	private static int completingCompound(List<Token> tokens, List<String> tags, int at) {
		String text = tokens.get(at).text();
		if (text.length() < 2 || !text.endsWith("-") || text.charAt(text.length() - 2) == '-' || at + 2 >= tokens.size()
				|| !COORDINATING.contains(tokens.get(at + 1).text().toLowerCase(Locale.GERMAN))) {
			return -1;
		}
		for (int i = at + 2; i < tokens.size() && i <= at + 1 + COMPLETING_WITHIN; i++) {
			TermKind kind = TermKind.ofTag(tags.get(i));
			if (kind == TermKind.NOUN || kind == TermKind.NAME) {
				return head(tokens.get(i).text()).isEmpty() ? -1 : i;
			}
		}
		return -1;
	}

	/** The open first part completed by the compound's last part: HTML5-Nachbauten, Einreise. */
	private static String completed(String open, String compound) {
		String head = head(compound);
		String first = open.substring(0, open.length() - 1);
		return compound.indexOf('-') > 0 ? first + "-" + head : first + head.toLowerCase(Locale.GERMAN);
	}

	/** A compound's last part (after its last hyphen, or as the splitter finds it); empty for a simple word. */
	private static String head(String compound) {
		int hyphen = compound.lastIndexOf('-');
		if (hyphen > 0) {
			return hyphen + 1 < compound.length() ? compound.substring(hyphen + 1) : "";
		}
		List<String> split = CompoundSplitter.german().split(compound);
		return split.size() > 1 ? split.get(split.size() - 1) : "";
	}

	/**
	 * A function word of the stop list, but not a noun of the same letters written as one (der Weg,
	 * not weg): the stop list is in lower case. The noun must be tagged and written as a noun and be
	 * one in the lexicon, so that a capitalised pronoun (Sie, Dich) stays a function word.
	 */
	private static boolean stopWord(String text, TermKind kind) {
		if (!STOP_WORDS.contains(text.toLowerCase(Locale.GERMAN))) {
			return false;
		}
		return kind != TermKind.NOUN || !Character.isUpperCase(text.charAt(0))
				|| GermanLexicon.german().readings(text).stream().noneMatch(Reading::isNoun);
	}

	/** The symbolic name and version of the bundle holding {@code type} (its qualifier changes with each build). */
	public static String bundleVersion(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		return bundle == null ? type.getPackageName() + "-unbundled" : bundle.getSymbolicName() + "-" + bundle.getVersion();
	}

	private static List<String> parts(String word, TermKind kind) {
		if (word.indexOf('-') > 0) {
			List<String> parts = new ArrayList<>();
			for (String part : word.split("-")) {
				if (!part.isEmpty()) {
					parts.add(WordKeys.key(part));
				}
			}
			return parts;
		}
		if (kind == TermKind.NOUN || kind == TermKind.NAME || kind == TermKind.ADJECTIVE) {
			List<String> split = CompoundSplitter.german().split(word);
			if (split.size() > 1) {
				return split.stream().map(part -> WordKeys.key(capitalised(part), TermKind.NOUN)).toList();
			}
		}
		return List.of(WordKeys.key(word, kind));
	}

	private static String capitalised(String part) {
		return part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1);
	}

	private static boolean isWord(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return text.length() > 1 || Character.isDigit(text.charAt(0));
			}
		}
		return false;
	}
}
