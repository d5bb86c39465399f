package org.factcheck.checker;

/** The role a finding plays in the claim's verdict. */
public enum FindingKind {
	/** Takes part in the verdict. */
	ASSESSMENT,
	/** The claim cites a document that does not decide it while another one does. */
	CITATION,
	/** Informs the fact-checker (for example: sources disagree) without changing the verdict. */
	NOTE
}
