package org.factcheck.claims.ide.syntaxcoloring;

import java.util.Set;

import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;

/**
 * The lexical highlighting style of each token type of the claim language's lexer: verdict words
 * and dates get their own styles, the rest follows Xtext's defaults (keywords, strings, comments,
 * punctuation). Token types are those of the lexer bound for highlighting.
 */
public class ClaimsTokenStyles extends DefaultAntlrTokenToAttributeIdMapper {

	private static final Set<String> VERDICTS = Set.of("'supported'", "'conflicting'", "'unsourced'");

	@Override
	protected String calculateId(String tokenName, int tokenType) {
		if (VERDICTS.contains(tokenName)) {
			return ClaimsHighlightingStyles.VERDICT;
		}
		return switch (tokenName) {
		case "RULE_DATE" -> ClaimsHighlightingStyles.DATE;
		case "RULE_ANY_OTHER" -> ClaimsHighlightingStyles.INVALID;
		case "RULE_ID", "RULE_WS" -> ClaimsHighlightingStyles.DEFAULT;
		default -> super.calculateId(tokenName, tokenType);
		};
	}

	/** The style of a token type. */
	public String styleOf(int tokenType) {
		return getId(tokenType);
	}
}
