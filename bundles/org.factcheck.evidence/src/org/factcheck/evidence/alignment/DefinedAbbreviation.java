package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A claim's noun or name that a sentence gives by the abbreviation its document introduces for it
 * in parentheses ({@code der Chef der Internet-Polizei (IIP)} … {@code habe die IIP … blockiert}
 * for {@code die Internet-Polizei hat … blockiert}): the abbreviation realises the word.
 */
public final class DefinedAbbreviation {

	/** An abbreviation: capital letters only. */
	private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,6}");

	private DefinedAbbreviation() {
	}

	/**
	 * @param definitions the abbreviations the sentence's document defines
	 * @return the claim's words the sentence realises by their abbreviation
	 */
	public static List<TermMatch> credit(Alignment alignment, AnalyzedText sentence, AbbreviationDefinitions definitions) {
		List<TermMatch> credited = new ArrayList<>();
		List<Term> abbreviations = sentence.terms().stream()
				.filter(t -> ABBREVIATION.matcher(t.text()).matches() && !realises(alignment, t)).toList();
		if (abbreviations.isEmpty()) {
			return credited;
		}
		for (TermMatch match : alignment.matches()) {
			Term claimTerm = match.claimTerm();
			if (match.score() >= Alignment.REALISED || claimTerm.kind() != TermKind.NOUN && claimTerm.kind() != TermKind.NAME) {
				continue;
			}
			for (Term abbreviation : abbreviations) {
				if (definitions.defines(claimTerm, abbreviation.text())) {
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
}
