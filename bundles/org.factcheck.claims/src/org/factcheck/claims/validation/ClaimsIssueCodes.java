package org.factcheck.claims.validation;

/**
 * Issue codes of the claim language's diagnostics, for quick fixes and for tools that filter
 * diagnostics. Issue data, where given, is listed with each code.
 */
public final class ClaimsIssueCodes {

	private static final String PREFIX = "org.factcheck.claims.";

	/** Two claims in a file have the same name. Data: the name. */
	public static final String DUPLICATE_CLAIM_NAME = PREFIX + "duplicateClaimName";

	/** A citation names a document the corpus does not have. Data: the id, then the closest id if any. */
	public static final String UNKNOWN_DOCUMENT = PREFIX + "unknownDocument";

	/** A citation cannot be linked because the file has no corpus. Data: the id. */
	public static final String NO_CORPUS = PREFIX + "noCorpus";

	/** A citation cannot be linked because the corpus cannot be opened. Data: the id. */
	public static final String CORPUS_UNAVAILABLE = PREFIX + "corpusUnavailable";

	/**
	 * The {@code corpus} line names a folder that does not exist, cannot be resolved or cannot be
	 * opened. Data: the resolved path, if any.
	 */
	public static final String CORPUS_FOLDER_NOT_FOUND = PREFIX + "corpusFolderNotFound";

	/** An {@code asof} date is not a real date written YYYY-MM-DD. Data: the date as written. */
	public static final String INVALID_DATE = PREFIX + "invalidDate";

	/** A claim's text is empty or blank. */
	public static final String EMPTY_CLAIM_TEXT = PREFIX + "emptyClaimText";

	/** A quote is empty or blank. */
	public static final String EMPTY_QUOTE = PREFIX + "emptyQuote";

	/** A claim cites the same document more than once. Data: the document id. */
	public static final String DUPLICATE_CITATION = PREFIX + "duplicateCitation";

	/** A claim text or quote is longer than the validator's limit. */
	public static final String TEXT_TOO_LONG = PREFIX + "textTooLong";

	/** A clause of a claim is repeated or out of order (cites, asof, expect). Data: the clause keyword. */
	public static final String CLAUSE_ORDER = PREFIX + "clauseOrder";

	/** Text between claims belongs to no claim and is ignored. Data: its first token as written. */
	public static final String STRAY_TEXT = PREFIX + "strayText";

	private ClaimsIssueCodes() {
	}
}
