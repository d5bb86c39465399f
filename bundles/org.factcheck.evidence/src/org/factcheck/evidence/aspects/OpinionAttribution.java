package org.factcheck.evidence.aspects;

import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * The noun of a phrase that attributes the claim to someone (nach Ansicht Brauns, nach Meinung der
 * Experten, nach Einschätzung des Ministers, nach Angaben der Polizei): like a verb of saying, it says whose statement it
 * is, not what is stated, so a sentence giving the statement with its speaker (…, sagt Braun)
 * need not realise it. The speaker, the next word of the claim, must be given.
 */
public final class OpinionAttribution {

	private static final Set<String> NOUNS = Set.of("ansicht", "meinung", "auffassung", "einschätzung", "überzeugung", "angaben");

	private OpinionAttribution() {
	}

	/** Whether the claim's term is such a noun, right after nach, whose speaker the sentence or its context gives. */
	public static boolean attributes(AnalyzedText claim, AlignedSentence sentence, Term term) {
		if (term.kind() != TermKind.NOUN || !NOUNS.contains(term.text().toLowerCase(Locale.GERMAN)) || term.index() == 0
				|| !claim.lowerCaseWords().get(term.index() - 1).equals("nach")) {
			return false;
		}
		return sentence.alignment().matches().stream().filter(m -> m.claimTerm().index() > term.index())
				.min((a, b) -> Integer.compare(a.claimTerm().index(), b.claimTerm().index()))
				.filter(speaker -> speaker.claimTerm().kind() == TermKind.NAME || speaker.claimTerm().kind() == TermKind.NOUN)
				.filter(speaker -> speaker.score() >= Alignment.REALISED || sentence.inContext().contains(speaker.claimTerm()))
				.isPresent();
	}
}
