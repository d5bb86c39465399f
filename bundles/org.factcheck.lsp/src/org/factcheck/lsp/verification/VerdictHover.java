package org.factcheck.lsp.verification;

import org.factcheck.engine.batch.VerifiedClaim;

/** The verdict of a claim as Markdown for a hover. */
public final class VerdictHover {

	private VerdictHover() {
	}

	public static String markdown(VerifiedClaim claim) {
		StringBuilder markdown = new StringBuilder("**").append(claim.result().verdictValue().label()).append("**");
		if (!claim.meetsExpectation()) {
			markdown.append(" (expected ").append(claim.source().expected().orElseThrow().label()).append(')');
		}
		markdown.append(" — ").append(claim.result().verdict().reason());
		claim.result().verdict().deciding().flatMap(f -> f.evidence().stream().findFirst()).ifPresent(evidence -> markdown
				.append("\n\n> ").append(evidence.text().replaceAll("\\s+", " ").strip()).append("\n\n`")
				.append(evidence.documentId()).append('`'));
		return markdown.toString();
	}
}
