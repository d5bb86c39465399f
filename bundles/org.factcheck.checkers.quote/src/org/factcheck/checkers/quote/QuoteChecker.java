package org.factcheck.checkers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.quote.matching.QuoteLocator;
import org.factcheck.checkers.quote.matching.QuoteMatch;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Furniture;

/**
 * Checks that a cited passage occurs in the cited document. Verbatim (after normalisation) it
 * supports the claim; a passage that differs in a word or number is a misquote and conflicts;
 * a passage the document does not contain leaves the claim unsupported by that document.
 */
public final class QuoteChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.quote";

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		for (Citation citation : claim.citations()) {
			if (citation.quote().isEmpty() || citation.quote().get().isBlank()) {
				continue;
			}
			Optional<Content> content = context.corpus().content(citation.documentId());
			if (content.isEmpty()) {
				continue;
			}
			findings.add(judge(citation.documentId(), citation.quote().get(), content.get()));
		}
		return findings;
	}

	private static Finding judge(String documentId, String quote, Content content) {
		QuoteMatch match = new QuoteLocator(content.getText()).find(quote);
		String shownQuote = "\u201E" + quote.strip() + "\u201C";
		if (match.kind() == QuoteMatch.Kind.ABSENT) {
			return Finding.assessment(ID, Verdict.UNSOURCED, 0.6,
					"The quoted passage " + shownQuote + " does not occur in " + documentId + ".", List.of());
		}
		Evidence passage = new Evidence(documentId, match.start(), match.end(),
				content.getText().substring(match.start(), match.end()));
		if (insideFurniture(content, match.start(), match.end())) {
			return Finding.assessment(ID, Verdict.UNSOURCED, 0.6, "The quoted passage occurs in " + documentId
					+ " only in page furniture (advertising, navigation, forms), which is not evidence.", List.of(passage));
		}
		String documentWording = "\u201E" + passage.text().replaceAll("\\s+", " ").strip() + "\u201C";
		return switch (match.kind()) {
		case EXACT -> Finding.assessment(ID, Verdict.SUPPORTED, 0.9,
				"The quoted passage occurs verbatim in " + documentId + ".", List.of(passage));
		case NEAR -> match.inflectionOnly() && !match.numbersDiffer()
				? Finding.assessment(ID, Verdict.SUPPORTED, 0.6, documentId + " has the quoted words in another form: "
						+ documentWording + " (" + String.join(", ", match.differences()) + ").", List.of(passage))
				: Finding.assessment(ID, Verdict.CONFLICTING, misquoteConfidence(match),
						"Misquote: " + documentId + " says " + documentWording + ", not " + shownQuote + " ("
								+ String.join(", ", match.differences()) + ").",
						List.of(passage));
		case ABSENT -> throw new IllegalStateException();
		};
	}

	private static double misquoteConfidence(QuoteMatch match) {
		return match.numbersDiffer() ? 0.98 : 0.96;
	}

	private static boolean insideFurniture(Content content, int start, int end) {
		for (Annotation annotation : content.getAnnotations()) {
			if (annotation instanceof Furniture && annotation.getStart() <= start && end <= annotation.getEnd()) {
				return true;
			}
		}
		return false;
	}
}
