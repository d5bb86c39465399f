package org.factcheck.cli.report;

import org.factcheck.checker.Evidence;
import org.factcheck.engine.batch.VerifiedClaim;

/** How reports quote an evidence passage. */
public final class Passage {

	private Passage() {
	}

	/** The passage in German quotation marks, white space collapsed: {@code „…“}. */
	public static String quoted(Evidence evidence) {
		return "\u201E" + evidence.text().replaceAll("\\s+", " ").strip() + "\u201C";
	}

	/** {@code DOC p. 12 @START-END: „…“}; the page only for documents with pages. */
	public static String located(ReportSources sources, VerifiedClaim claim, Evidence evidence) {
		return evidence.documentId() + sources.pageLabel(claim, evidence).map(page -> " " + page).orElse("") + " @"
				+ evidence.start() + "-" + evidence.end() + ": " + quoted(evidence);
	}
}
