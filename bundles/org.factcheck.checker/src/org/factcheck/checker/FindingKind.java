package org.factcheck.checker;

/** The role a finding plays in the claim's verdict. */
public enum FindingKind {
	/** Takes part in the verdict. */
	ASSESSMENT,
	/** The claim cites a document that does not decide it while another one does. */
	CITATION,
	/**
	 * Informs the fact-checker without changing the verdict: sources disagree, a later source gives
	 * another figure, the source only reports or assumes what the claim states as fact.
	 */
	NOTE,
	/**
	 * A reservation about the documents of the finding's evidence: they cannot make the claim
	 * supported on their own (for example a low-trust source). A claim that only such documents
	 * support is unsourced, with this finding's message as the reason; a support from another
	 * document still decides. Conflicts found in them still count.
	 */
	CAVEAT
}
