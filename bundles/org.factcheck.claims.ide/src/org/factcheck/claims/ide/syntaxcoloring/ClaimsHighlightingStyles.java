package org.factcheck.claims.ide.syntaxcoloring;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The highlighting styles of claim files. Lexical styles come from the lexer's tokens
 * ({@link ClaimsTokenStyles}), semantic styles from the parsed file
 * ({@link ClaimsSemanticHighlightingCalculator}) and take precedence where both apply.
 */
public final class ClaimsHighlightingStyles {

	/** Keywords ({@code claim}, {@code cites}, {@code quote}, …). Lexical. */
	public static final String KEYWORD = HighlightingStyles.KEYWORD_ID;
	/** Any string literal. Lexical; refined by the semantic styles below. */
	public static final String STRING = HighlightingStyles.STRING_ID;
	/** Line and block comments. Lexical. */
	public static final String COMMENT = HighlightingStyles.COMMENT_ID;
	/** {@code TODO}, {@code FIXME} and {@code XXX} in comments. Semantic. */
	public static final String TASK = HighlightingStyles.TASK_ID;
	/** Commas. Lexical. */
	public static final String PUNCTUATION = HighlightingStyles.PUNCTUATION_ID;
	/** A character the language does not know. Lexical. */
	public static final String INVALID = HighlightingStyles.INVALID_TOKEN_ID;
	/** Everything else. */
	public static final String DEFAULT = HighlightingStyles.DEFAULT_ID;
	/** Dates ({@code asof 2024-06-21}). Lexical and semantic. */
	public static final String DATE = "date";
	/** The verdicts {@code supported}, {@code conflicting}, {@code unsourced}. Lexical and semantic. */
	public static final String VERDICT = "verdict";
	/** A claim's name. Semantic. */
	public static final String CLAIM_NAME = "claimName";
	/** A claim's text. Semantic. */
	public static final String CLAIM_TEXT = "claimText";
	/** The id of a cited document. Semantic. */
	public static final String DOCUMENT_ID = "documentId";
	/** A quoted passage. Semantic. */
	public static final String QUOTE = "quote";
	/** The folder of the {@code corpus} line. Semantic. */
	public static final String CORPUS_PATH = "corpusPath";

	private ClaimsHighlightingStyles() {
	}
}
