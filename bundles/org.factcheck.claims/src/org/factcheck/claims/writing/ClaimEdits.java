package org.factcheck.claims.writing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.factcheck.claims.conversion.StringLiteral;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.layout.Clause;

/**
 * The text edits that change one part of a written claim, keeping the rest as written. New lines
 * are written in the canonical layout: one clause per line, indented by four spaces.
 */
public final class ClaimEdits {

	/** The indentation of a claim's clauses in the canonical layout. */
	public static final String INDENT = "    ";

	private ClaimEdits() {
	}

	/** Makes the claim cite exactly these documents, without quotes. */
	public static ClaimTextEdit citeOnly(ClaimLayout claim, List<String> documentIds) {
		String cites = "cites " + documentIds.stream().map(StringLiteral::quote).collect(Collectors.joining(", "));
		return claim.cites().map(span -> new ClaimTextEdit(span.offset(), span.length(), cites))
				.orElseGet(() -> ClaimTextEdit.insert(claim.headerEnd(), newClause(cites)));
	}

	/** Adds a citation of the document after the claim's other citations. */
	public static ClaimTextEdit addCitation(ClaimLayout claim, String documentId) {
		if (claim.cites().isPresent() && !claim.citations().isEmpty()) {
			CitationLayout last = claim.citations().get(claim.citations().size() - 1);
			return ClaimTextEdit.insert(last.span().end(), ", " + StringLiteral.quote(documentId));
		}
		return citeOnly(claim, List.of(documentId));
	}

	/** Removes a citation together with the comma that separates it from its neighbour. */
	public static ClaimTextEdit removeCitation(ClaimLayout claim, CitationLayout citation) {
		List<CitationLayout> citations = claim.citations();
		int index = citations.indexOf(citation);
		if (citations.size() == 1 && claim.cites().isPresent()) {
			return remove(claim.cites().get().offset(), claim.cites().get().end());
		}
		if (index > 0) {
			return remove(citations.get(index - 1).span().end(), citation.span().end());
		}
		return remove(citation.span().offset(), citations.get(index + 1).span().offset());
	}

	public static ClaimTextEdit replaceDocumentId(CitationLayout citation, String documentId) {
		return new ClaimTextEdit(citation.idSpan().offset(), citation.idSpan().length(), StringLiteral.quote(documentId));
	}

	/** Sets the citation's quote, replacing the one written or adding one. */
	public static ClaimTextEdit setQuote(CitationLayout citation, String passage) {
		String literal = StringLiteral.quote(passage);
		return citation.quote()
				.map(quote -> new ClaimTextEdit(quote.valueSpan().offset(), quote.valueSpan().length(), literal))
				.orElseGet(() -> ClaimTextEdit.insert(citation.idSpan().end(), " quote " + literal));
	}

	/** Removes the citation's {@code quote "…"}. */
	public static ClaimTextEdit removeQuote(CitationLayout citation) {
		Clause quote = citation.quote().orElseThrow(() -> new IllegalArgumentException("the citation has no quote"));
		return remove(citation.idSpan().end(), quote.span().end());
	}

	/** Sets the claim's {@code asof} date, replacing the one written or adding the clause. */
	public static ClaimTextEdit setAsOf(ClaimLayout claim, LocalDate date) {
		return claim.asOf()
				.map(asOf -> new ClaimTextEdit(asOf.valueSpan().offset(), asOf.valueSpan().length(), date.toString()))
				.orElseGet(() -> ClaimTextEdit.insert(
						claim.cites().map(span -> span.end()).orElse(claim.headerEnd()), newClause("asof " + date)));
	}

	/** Sets the claim's expected verdict (its lower-case label), replacing the one written or adding the clause. */
	public static ClaimTextEdit setExpected(ClaimLayout claim, String verdict) {
		return claim.expected()
				.map(expected -> new ClaimTextEdit(expected.valueSpan().offset(), expected.valueSpan().length(), verdict))
				.orElseGet(() -> ClaimTextEdit.insert(claim.asOf().map(asOf -> asOf.span().end())
						.or(() -> claim.cites().map(span -> span.end())).orElse(claim.headerEnd()),
						newClause("expect " + verdict)));
	}

	public static ClaimTextEdit rename(ClaimLayout claim, String writtenName) {
		return new ClaimTextEdit(claim.nameSpan().offset(), claim.nameSpan().length(), writtenName);
	}

	private static String newClause(String clause) {
		return "\n" + INDENT + clause;
	}

	private static ClaimTextEdit remove(int start, int end) {
		return new ClaimTextEdit(start, end - start, "");
	}
}
