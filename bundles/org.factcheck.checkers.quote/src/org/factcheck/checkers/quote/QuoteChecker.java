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
import org.factcheck.checkers.quote.attribution.Attribution;
import org.factcheck.checkers.quote.matching.QuoteLocator;
import org.factcheck.checkers.quote.matching.QuoteMatch;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Furniture;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.SameStatement;

/**
 * Checks that a cited passage occurs in the cited document. Verbatim (after normalisation) it
 * supports the claim; a passage that differs in a word or number is a misquote and conflicts;
 * a passage the document does not contain leaves the claim unsupported by that document. Where the
 * document says who said the passage and the claim names someone else, the claim conflicts.
 */
public final class QuoteChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.quote";

	/** Share of the claim's words the sentence around a short misquote must contain. */
	private static final double CONTEXT_COVERAGE = 0.5;

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
			Finding finding = judge(claim, context, citation.documentId(), citation.quote().get(), content.get());
			findings.add(finding.verdict() == Verdict.SUPPORTED
					? Attribution.check(claim, context, content.get(), finding).orElse(finding)
					: finding);
		}
		return findings;
	}

	private static Finding judge(Claim claim, CheckContext context, String documentId, String quote, Content content) {
		QuoteMatch match = closestInContext(claim, context, documentId, new QuoteLocator(content.getText()).findAll(quote));
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

	/**
	 * The best match, except that a near match of a short quote only counts where its sentence says
	 * what the claim says around the quote.
	 */
	private static QuoteMatch closestInContext(Claim claim, CheckContext context, String documentId,
			List<QuoteMatch> matches) {
		for (QuoteMatch match : matches) {
			if (match.kind() != QuoteMatch.Kind.NEAR || !match.shortQuote()
					|| aboutTheSameStatement(claim, context, documentId, match)) {
				return match;
			}
		}
		return QuoteMatch.absent();
	}

	/**
	 * Whether the sentence holding a near match of a short quote says what the claim says around the
	 * quote; otherwise a shared word or two is no sign that the quote was taken from there.
	 */
	private static boolean aboutTheSameStatement(Claim claim, CheckContext context, String documentId, QuoteMatch match) {
		return ClaimEvidence.of(claim, context).sentences().stream()
				.filter(s -> s.documentId().equals(documentId) && s.candidate().start() <= match.start()
						&& match.end() <= s.candidate().end())
				.anyMatch(s -> SameStatement.restCoverage(s, term -> false) >= CONTEXT_COVERAGE);
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
