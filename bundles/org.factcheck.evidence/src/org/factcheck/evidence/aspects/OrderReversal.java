package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.tokens.Token;

/**
 * A sentence that tells two events in the other order: the claim's event before its temporal
 * connective (bevor, nachdem, ehe) is the sentence's event after the same connective, and the
 * other way round (Er schrieb den Brief, bevor er aussagte / Er hatte ausgesagt, bevor er den Brief
 * schrieb). The events are told apart by their full verbs, verbs of saying included. Such a sentence does not state the
 * claim (see {@link Stating}); the polarity checker reports it as a conflict.
 */
public final class OrderReversal {

	private static final Set<String> CONNECTIVES = Set.of("bevor", "nachdem", "ehe");

	/** The token of the connective in the claim and in the sentence. */
	public record Reversal(int claimConnective, int sentenceConnective) {
	}

	private OrderReversal() {
	}

	/** @param alignment the claim's alignment to the sentence, from the evidence library */
	public static Optional<Reversal> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		int inClaim = connective(claim.tokens());
		int inSentence = connective(sentence.tokens());
		if (inClaim < 0 || inSentence < 0
				|| !claim.tokens().get(inClaim).text().equalsIgnoreCase(sentence.tokens().get(inSentence).text())) {
			return Optional.empty();
		}
		boolean earlierMoved = false;
		boolean laterMoved = false;
		for (TermMatch match : alignment.matches()) {
			if (!match.matched() || match.sentenceTerm() == null || match.byReference()
					|| match.claimTerm().kind() != TermKind.VERB
					|| !Elements.isElement(match.claimTerm()) && !ReportingVerbs.isReporting(match.claimTerm())) {
				continue;
			}
			boolean claimFirst = match.claimTerm().index() < inClaim;
			if (claimFirst == match.sentenceTerm().index() < inSentence) {
				return Optional.empty();
			}
			earlierMoved |= claimFirst;
			laterMoved |= !claimFirst;
		}
		return earlierMoved && laterMoved ? Optional.of(new Reversal(inClaim, inSentence)) : Optional.empty();
	}

	/** The token of the text's one temporal connective, or -1 when it has none or several. */
	private static int connective(List<Token> tokens) {
		int found = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (CONNECTIVES.contains(tokens.get(i).text().toLowerCase(Locale.GERMAN))) {
				if (found >= 0) {
					return -1;
				}
				found = i;
			}
		}
		return found;
	}
}
