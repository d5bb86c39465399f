package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;

/**
 * A claim's noun or name that a sentence gives by the abbreviation its document introduces for it
 * in parentheses ({@code der Chef der Internet-Polizei (IIP)} … {@code habe die IIP … blockiert}
 * for {@code die Internet-Polizei hat … blockiert}): the abbreviation realises the word.
 */
public final class DefinedAbbreviation {

	/** A word and the abbreviation in parentheses right after it. */
	private static final Pattern DEFINED = Pattern.compile("(?<!\\p{L})(\\p{L}[\\p{L}-]*)\\s*\\((\\p{Lu}{2,6})\\)");

	/** An abbreviation: capital letters only. */
	private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,6}");

	private DefinedAbbreviation() {
	}

	/**
	 * @param document the text of the sentence's document
	 * @return the claim's words the sentence realises by their abbreviation
	 */
	public static List<TermMatch> credit(Alignment alignment, AnalyzedText sentence, String document) {
		List<TermMatch> credited = new ArrayList<>();
		if (document.indexOf('(') < 0) {
			return credited;
		}
		List<Term> abbreviations = sentence.terms().stream()
				.filter(t -> ABBREVIATION.matcher(t.text()).matches() && !realises(alignment, t)).toList();
		if (abbreviations.isEmpty()) {
			return credited;
		}
		List<Definition> definitions = null;
		for (TermMatch match : alignment.matches()) {
			Term claimTerm = match.claimTerm();
			if (match.score() >= Alignment.REALISED || claimTerm.kind() != TermKind.NOUN && claimTerm.kind() != TermKind.NAME) {
				continue;
			}
			definitions = definitions == null ? definitions(document) : definitions;
			for (Term abbreviation : abbreviations) {
				if (defines(definitions, claimTerm, abbreviation.text())) {
					credited.add(new TermMatch(claimTerm, References.CREDIT, abbreviation, TermMatch.How.EQUIVALENT));
					break;
				}
			}
		}
		return credited;
	}

	private static boolean realises(Alignment alignment, Term sentenceTerm) {
		return alignment.matches().stream().anyMatch(m -> m.sentenceTerm() != null && m.sentenceTerm().index() == sentenceTerm.index());
	}

	/** A word the document writes right before an abbreviation in parentheses. */
	private record Definition(String word, String abbreviation) {
	}

	/** The document's definitions, read once per sentence however many words and abbreviations it compares. */
	private static List<Definition> definitions(String document) {
		List<Definition> definitions = new ArrayList<>();
		Matcher matcher = DEFINED.matcher(document);
		while (matcher.find()) {
			definitions.add(new Definition(matcher.group(1), matcher.group(2)));
		}
		return definitions;
	}

	/** Whether the document writes the claim's word (in any inflection) right before the abbreviation in parentheses. */
	private static boolean defines(List<Definition> definitions, Term claimTerm, String abbreviation) {
		return definitions.stream().anyMatch(definition -> definition.abbreviation().equals(abbreviation)
				&& WordKeys.key(definition.word(), claimTerm.kind()).equals(claimTerm.key()));
	}
}
