package org.factcheck.quickfix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.xtext.nodemodel.INode;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.conversion.StringLiteral;
import org.factcheck.engine.run.ClaimResult;

/**
 * Fixes that follow from verifying a claim:
 * <ul>
 * <li>the claim expects another verdict, or none: expect the verdict it got;</li>
 * <li>the cited documents say nothing but another document decides (a {@code citation} finding):
 * cite that document instead, or as well;</li>
 * <li>the claim cites nothing and a document decides: cite it;</li>
 * <li>a quoted passage the cited document words differently (a misquote): quote the document's
 * words;</li>
 * <li>a claim without {@code asof} decided by a dated document: scope it to that date.</li>
 * </ul>
 */
public final class VerdictFixes {

	private static final String QUOTE_CHECKER = "org.factcheck.checkers.quote";
	private static final String INDENT = "\n    ";

	/**
	 * The fixes for a verified claim, without the one that needs documents' dates.
	 *
	 * @param claim  the claim as parsed from its file (the file's text must be what was verified)
	 * @param result the outcome of verifying it
	 */
	public List<ClaimFix> fixes(Claim claim, ClaimResult result) {
		return fixes(claim, result, document -> Optional.empty());
	}

	/**
	 * The fixes for a verified claim, including an {@code asof} with the deciding document's date.
	 *
	 * @param publishedDates the publication date of a corpus document, where known
	 */
	public List<ClaimFix> fixes(Claim claim, ClaimResult result, Function<String, Optional<LocalDate>> publishedDates) {
		List<ClaimFix> fixes = new ArrayList<>();
		expectation(claim, result.verdictValue()).ifPresent(fixes::add);
		for (Finding finding : result.findings()) {
			if (finding.kind() == FindingKind.CITATION && finding.documentId() != null) {
				citeInstead(claim, finding.documentId()).ifPresent(fixes::add);
				citeAlso(claim, finding.documentId()).ifPresent(fixes::add);
			}
		}
		result.verdict().deciding().filter(f -> claim.getCitations().isEmpty() && f.documentId() != null)
				.flatMap(f -> citeFirst(claim, f.documentId())).ifPresent(fixes::add);
		result.verdict().deciding().flatMap(f -> misquote(claim, f)).ifPresent(fixes::add);
		result.verdict().deciding().map(Finding::documentId)
				.flatMap(document -> publishedDates.apply(document).flatMap(date -> asOf(claim, document, date)))
				.ifPresent(fixes::add);
		return fixes;
	}

	/** An {@code asof} with the deciding document's date, for a claim that has none, before its {@code expect}. */
	private static Optional<ClaimFix> asOf(Claim claim, String documentId, LocalDate date) {
		if (claim.getAsOf() != null) {
			return Optional.empty();
		}
		Optional<? extends INode> before = claim.getCitations().isEmpty()
				? ClaimNodes.node(claim, ClaimsPackage.Literals.CLAIM__TEXT)
				: ClaimNodes.node(claim.getCitations().get(claim.getCitations().size() - 1));
		return before.map(node -> ClaimFix.of("Add asof " + date + ", the date of '" + documentId + "'",
				TextEdit.insert(ClaimNodes.end(node), INDENT + "asof " + date)));
	}

	private static Optional<ClaimFix> expectation(Claim claim, Verdict verdict) {
		Optional<INode> expected = ClaimNodes.node(claim, ClaimsPackage.Literals.CLAIM__EXPECTED);
		if (expected.isPresent()) {
			if (expected.get().getText().strip().equals(verdict.label())) {
				return Optional.empty();
			}
			return Optional.of(ClaimFix.of("Expect " + verdict.label(),
					new TextEdit(expected.get().getOffset(), expected.get().getLength(), verdict.label())));
		}
		return ClaimNodes.node(claim).map(node -> ClaimFix.of("Expect " + verdict.label(),
				TextEdit.insert(ClaimNodes.end(node), INDENT + "expect " + verdict.label())));
	}

	private static Optional<ClaimFix> citeInstead(Claim claim, String documentId) {
		if (claim.getCitations().size() != 1) {
			return Optional.empty();
		}
		Citation only = claim.getCitations().get(0);
		return ClaimNodes.node(only, ClaimsPackage.Literals.CITATION__DOCUMENT)
				.map(node -> ClaimFix.of("Cite '" + documentId + "' instead",
						new TextEdit(node.getOffset(), node.getLength(), StringLiteral.quote(documentId))));
	}

	private static Optional<ClaimFix> citeAlso(Claim claim, String documentId) {
		if (claim.getCitations().isEmpty()) {
			return Optional.empty();
		}
		Citation last = claim.getCitations().get(claim.getCitations().size() - 1);
		return ClaimNodes.node(last).map(node -> ClaimFix.of("Cite '" + documentId + "' as well",
				TextEdit.insert(ClaimNodes.end(node), ", " + StringLiteral.quote(documentId))));
	}

	private static Optional<ClaimFix> citeFirst(Claim claim, String documentId) {
		return ClaimNodes.node(claim, ClaimsPackage.Literals.CLAIM__TEXT).map(node -> ClaimFix.of("Cite '" + documentId + "'",
				TextEdit.insert(ClaimNodes.end(node), INDENT + "cites " + StringLiteral.quote(documentId))));
	}

	/** The cited quote replaced by the words the deciding passage of a misquote has. */
	private static Optional<ClaimFix> misquote(Claim claim, Finding deciding) {
		if (!deciding.checkerId().equals(QUOTE_CHECKER) || deciding.verdict() != Verdict.CONFLICTING || deciding.evidence().isEmpty()) {
			return Optional.empty();
		}
		Evidence passage = deciding.evidence().get(0);
		for (Citation citation : claim.getCitations()) {
			String quote = citation.getQuote();
			Optional<INode> node = ClaimNodes.node(citation, ClaimsPackage.Literals.CITATION__QUOTE);
			String words = passage.text().replaceAll("\\s+", " ").strip();
			if (quote != null && node.isPresent() && !words.equals(quote.strip()) && words.length() <= 2 * quote.length() + 20
					&& passage.documentId().equals(documentId(citation))) {
				return Optional.of(ClaimFix.of("Quote the document's words: \u201E" + words + "\u201C",
						new TextEdit(node.get().getOffset(), node.get().getLength(), StringLiteral.quote(words))));
			}
		}
		return Optional.empty();
	}

	private static String documentId(Citation citation) {
		return ClaimNodes.node(citation, ClaimsPackage.Literals.CITATION__DOCUMENT)
				.map(node -> StringLiteral.unescape(node.getText().strip()).value()).orElse("");
	}
}
