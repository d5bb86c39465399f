package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.WordKeys;

/**
 * The abbreviations a document introduces in parentheses right after a word
 * ({@code die Verkehrspolizei (VPL)}): searched for once, on first use, however many of its
 * sentences ask. Thread-safe.
 */
public final class AbbreviationDefinitions {

	/** A word and the abbreviation in parentheses right after it. */
	private static final Pattern DEFINED = Pattern.compile("(?<!\\p{L})(\\p{L}[\\p{L}-]*)\\s*\\((\\p{Lu}{2,6})\\)");

	/** An abbreviation in parentheses, as every definition has. */
	private static final Pattern IN_PARENTHESES = Pattern.compile("\\(\\p{Lu}{2,6}\\)");

	/** A word the document writes right before an abbreviation in parentheses. */
	public record Definition(String word, String abbreviation) {
	}

	private final String document;
	private volatile List<Definition> found;

	private AbbreviationDefinitions(String document) {
		this.document = document;
	}

	/** The definitions of this document text, not yet searched for. */
	public static AbbreviationDefinitions in(String document) {
		return new AbbreviationDefinitions(document);
	}

	/** The document's definitions in document order. */
	public List<Definition> all() {
		List<Definition> definitions = found;
		if (definitions == null) {
			definitions = search(document);
			found = definitions;
		}
		return definitions;
	}

	/** Whether the document writes the claim's word (in any inflection) right before the abbreviation in parentheses. */
	public boolean defines(Term claimTerm, String abbreviation) {
		return all().stream().anyMatch(definition -> definition.abbreviation().equals(abbreviation)
				&& WordKeys.key(definition.word(), claimTerm.kind()).equals(claimTerm.key()));
	}

	private static List<Definition> search(String document) {
		if (!hasAbbreviationInParentheses(document)) {
			return List.of();
		}
		List<Definition> definitions = new ArrayList<>();
		Matcher matcher = DEFINED.matcher(document);
		while (matcher.find()) {
			definitions.add(new Definition(matcher.group(1), matcher.group(2)));
		}
		return List.copyOf(definitions);
	}

	/**
	 * Whether an abbreviation in parentheses follows one of the text's opening parentheses: most
	 * documents with parentheses have none, and {@link #DEFINED} is tried at every position.
	 */
	private static boolean hasAbbreviationInParentheses(String document) {
		Matcher matcher = IN_PARENTHESES.matcher(document);
		for (int open = document.indexOf('('); open >= 0; open = document.indexOf('(', open + 1)) {
			if (matcher.region(open, document.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}
}
