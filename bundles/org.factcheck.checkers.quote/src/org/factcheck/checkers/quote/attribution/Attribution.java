package org.factcheck.checkers.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.quote.QuoteChecker;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;

/**
 * Who said a quoted passage: the speaker the document gives for the quotation that contains it
 * (the importer's quote annotations) against the speaker the claim names.
 */
public final class Attribution {

	private Attribution() {
	}

	/**
	 * A conflicting finding when the document attributes the passage of {@code found} to someone
	 * the claim does not name as its speaker; empty when they agree or either is unknown.
	 */
	public static Optional<Finding> check(Claim claim, CheckContext context, Content content, Finding found) {
		Evidence passage = found.evidence().get(0);
		Optional<QuoteMention> quotation = quotationAround(content, passage.start(), passage.end());
		if (quotation.isEmpty()) {
			return Optional.empty();
		}
		List<String> claimed = ClaimedSpeaker.in(ClaimEvidence.of(claim, context).claim());
		List<String> stated = keys(quotation.get().getSpeaker());
		if (claimed.isEmpty() || stated.isEmpty()
				|| claimed.stream().anyMatch(name -> stated.stream().anyMatch(other -> Aligner.sameKey(name, other)))) {
			return Optional.empty();
		}
		List<Evidence> evidence = new ArrayList<>(found.evidence());
		return Optional.of(Finding.assessment(QuoteChecker.ID, Verdict.CONFLICTING, 0.95,
				passage.documentId() + " attributes the quoted words to " + quotation.get().getSpeaker()
						+ ", not to the person the claim names.",
				evidence));
	}

	private static Optional<QuoteMention> quotationAround(Content content, int start, int end) {
		for (Annotation annotation : content.getAnnotations()) {
			if (annotation instanceof QuoteMention quote && quote.getSpeaker() != null && !quote.getSpeaker().isBlank()
					&& quote.getStart() <= start && end <= quote.getEnd()) {
				return Optional.of(quote);
			}
		}
		return Optional.empty();
	}

	private static List<String> keys(String speaker) {
		List<String> keys = new ArrayList<>();
		if (speaker != null) {
			for (String word : speaker.split("[\\s-]+")) {
				if (word.length() > 1 && Character.isUpperCase(word.charAt(0))) {
					keys.add(WordKeys.key(word, TermKind.NAME));
				}
			}
		}
		return keys;
	}
}
