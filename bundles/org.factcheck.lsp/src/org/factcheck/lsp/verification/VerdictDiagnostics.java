package org.factcheck.lsp.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.corpus.Page;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.VerifiedClaim;

/**
 * Verdicts as diagnostics on the claims' names: conflicting is an error, unsourced a warning,
 * supported an information, and a failed expectation always an error (the same levels as the
 * SARIF report). The deciding passages are related information in the documents' files.
 */
public final class VerdictDiagnostics {

	/** The source of verdict diagnostics, which tells them from the language's own. */
	public static final String SOURCE = "factcheck";
	/** The code of verdict diagnostics; their data is the claim's name. */
	public static final String CODE = "factcheck.verdict";

	private static final Pattern CLAIM_AND_NAME = Pattern.compile("claim\\s+\\^?[\\p{L}_][\\p{L}\\p{N}_-]*");

	private VerdictDiagnostics() {
	}

	public static List<Diagnostic> of(List<VerifiedClaim> claims, CorpusStore corpus, String fileText) {
		String[] lines = fileText.split("\n", -1);
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (VerifiedClaim claim : claims) {
			Diagnostic diagnostic = new Diagnostic(range(claim, lines), message(claim), severity(claim), SOURCE, CODE);
			diagnostic.setData(claim.source().claim().name());
			List<DiagnosticRelatedInformation> related = new ArrayList<>();
			for (Finding finding : claim.result().findings()) {
				boolean shown = claim.result().verdict().deciding().map(d -> d == finding).orElse(false)
						|| finding.kind() == FindingKind.CITATION;
				for (Evidence evidence : shown ? finding.evidence() : List.<Evidence>of()) {
					Optional<Location> location = DocumentLocations.of(corpus, evidence);
					location.ifPresent(l -> related.add(new DiagnosticRelatedInformation(l, passage(corpus, evidence))));
				}
			}
			if (!related.isEmpty()) {
				diagnostic.setRelatedInformation(related);
			}
			diagnostics.add(diagnostic);
		}
		return diagnostics;
	}

	private static DiagnosticSeverity severity(VerifiedClaim claim) {
		if (!claim.meetsExpectation()) {
			return DiagnosticSeverity.Error;
		}
		return switch (claim.result().verdictValue()) {
		case CONFLICTING -> DiagnosticSeverity.Error;
		case UNSOURCED -> DiagnosticSeverity.Warning;
		case SUPPORTED -> DiagnosticSeverity.Information;
		};
	}

	private static String message(VerifiedClaim claim) {
		String message = claim.result().verdictValue().label() + " — " + claim.result().verdict().reason();
		return claim.meetsExpectation() ? message
				: message + " (expected " + claim.source().expected().orElseThrow().label() + ")";
	}

	/** From {@code claim} to the end of the claim's name, on the claim's line. */
	private static Range range(VerifiedClaim claim, String[] lines) {
		int line = claim.source().location().line() - 1;
		int column = Math.max(0, claim.source().location().column() - 1);
		int end = column + "claim".length();
		if (line >= 0 && line < lines.length && column <= lines[line].length()) {
			Matcher matcher = CLAIM_AND_NAME.matcher(lines[line]);
			if (matcher.find(column) && matcher.start() == column) {
				end = matcher.end();
			}
		}
		return new Range(new Position(Math.max(0, line), column), new Position(Math.max(0, line), end));
	}

	private static String passage(CorpusStore corpus, Evidence evidence) {
		String page = corpus.content(evidence.documentId()).filter(c -> !c.getPages().isEmpty())
				.map(c -> c.getPageAt(evidence.start())).map(Page::getLabel).map(label -> " p. " + label).orElse("");
		return evidence.documentId() + page + ": \u201E" + evidence.text().replaceAll("\\s+", " ").strip() + "\u201C";
	}
}
