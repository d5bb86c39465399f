package org.factcheck.engine.fixes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.writing.ClaimEdits;
import org.factcheck.claims.writing.ClaimFix;
import org.factcheck.engine.policy.ClaimVerdict;

/**
 * The fixes a verification result suggests for the claim as written: cite the document that
 * decides it, replace a misquote with the source's wording, scope the claim to the deciding
 * document's date, and expect the verdict it got. IDE-neutral: the workbench offers them as quick
 * fixes and marker resolutions, a language server as code actions.
 */
public final class VerdictFixes {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Share of a quote's words a passage must contain to be the passage the quote misquotes. */
	private static final double MISQUOTE_OVERLAP = 0.5;

	private VerdictFixes() {
	}

	/**
	 * The fixes for one claim.
	 *
	 * @param claim          where the claim is written now
	 * @param verdict        its latest verdict with all findings
	 * @param publishedDates the publication date of a corpus document
	 */
	public static List<ClaimFix> of(ClaimLayout claim, ClaimVerdict verdict,
			Function<String, Optional<LocalDate>> publishedDates) {
		List<ClaimFix> fixes = new ArrayList<>();
		Optional<String> decidingDocument = verdict.deciding().map(Finding::documentId);
		decidingDocument.ifPresent(document -> fixes.addAll(citationFixes(claim, verdict.verdict(), document)));
		fixes.addAll(misquoteFixes(claim, verdict.findings()));
		decidingDocument.ifPresent(document -> asOfFix(claim, document, publishedDates).ifPresent(fixes::add));
		expectFix(claim, verdict.verdict()).ifPresent(fixes::add);
		return fixes;
	}

	private static List<ClaimFix> citationFixes(ClaimLayout claim, Verdict verdict, String document) {
		boolean cited = claim.citations().stream().anyMatch(citation -> citation.documentId().equals(document));
		if (cited) {
			return List.of();
		}
		String why = "'" + document + "' decides the claim: " + verdict.label() + ".";
		if (claim.citations().isEmpty()) {
			return List.of(new ClaimFix("Cite '" + document + "'", why, List.of(ClaimEdits.addCitation(claim, document))));
		}
		String citedDescription = claim.citations().size() == 1 ? "'" + claim.citations().get(0).documentId() + "'"
				: "the " + claim.citations().size() + " citations";
		return List.of(
				new ClaimFix("Replace " + citedDescription + " with '" + document + "'",
						why + " The cited documents say nothing decisive about it.",
						List.of(ClaimEdits.citeOnly(claim, List.of(document)))),
				new ClaimFix("Also cite '" + document + "'", why, List.of(ClaimEdits.addCitation(claim, document))));
	}

	/** A conflicting passage of a cited document that is a near version of the quote written for it. */
	private static List<ClaimFix> misquoteFixes(ClaimLayout claim, List<Finding> findings) {
		List<ClaimFix> fixes = new ArrayList<>();
		Set<CitationLayout> fixed = new HashSet<>();
		for (Finding finding : findings) {
			if (finding.kind() != FindingKind.ASSESSMENT || finding.verdict() != Verdict.CONFLICTING
					|| finding.evidence().isEmpty()) {
				continue;
			}
			Evidence passage = finding.evidence().get(0);
			for (CitationLayout citation : claim.citations()) {
				if (!citation.documentId().equals(passage.documentId()) || citation.quote().isEmpty()
						|| fixed.contains(citation)) {
					continue;
				}
				String quote = citation.quote().get().value();
				String wording = passage.text().replaceAll("\\s+", " ").strip();
				if (!normalised(wording).equals(normalised(quote)) && misquotes(quote, wording)) {
					fixed.add(citation);
					fixes.add(new ClaimFix("Quote '" + citation.documentId() + "' as it is written: „" + shortened(wording)
							+ "“", finding.message(), List.of(ClaimEdits.setQuote(citation, wording))));
				}
			}
		}
		return fixes;
	}

	private static Optional<ClaimFix> asOfFix(ClaimLayout claim, String document,
			Function<String, Optional<LocalDate>> publishedDates) {
		if (claim.asOf().isPresent()) {
			return Optional.empty();
		}
		return publishedDates.apply(document).map(date -> new ClaimFix("Add 'asof " + date + "'",
				"The date of '" + document + "', which decides the claim.", List.of(ClaimEdits.setAsOf(claim, date))));
	}

	private static Optional<ClaimFix> expectFix(ClaimLayout claim, Verdict verdict) {
		if (claim.expected().map(expected -> expected.value().equals(verdict.label())).orElse(false)) {
			return Optional.empty();
		}
		String label = claim.expected().isPresent() ? "Change to 'expect " + verdict.label() + "'"
				: "Add 'expect " + verdict.label() + "'";
		return Optional.of(new ClaimFix(label, "The claim's current verdict is " + verdict.label() + ".",
				List.of(ClaimEdits.setExpected(claim, verdict.label()))));
	}

	private static boolean misquotes(String quote, String passage) {
		List<String> quoteWords = words(quote);
		if (quoteWords.isEmpty()) {
			return false;
		}
		Set<String> passageWords = new HashSet<>(words(passage));
		long shared = quoteWords.stream().filter(passageWords::contains).count();
		return shared >= MISQUOTE_OVERLAP * quoteWords.size() && passageWords.size() <= 2 * quoteWords.size() + 2;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	private static String normalised(String text) {
		return String.join(" ", words(text));
	}

	private static String shortened(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59).stripTrailing() + "…";
	}
}
