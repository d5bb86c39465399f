package org.factcheck.claims.parser;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Syntax errors in the words of the claim language: "expecting a text in double quotes" instead
 * of "expecting RULE_STRING", and a hint when a keyword is used as a claim name.
 */
@Singleton
public class ClaimsSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKEN_NAMES = Map.of(
			"RULE_STRING", "a text in double quotes",
			"RULE_ID", "a claim name",
			"RULE_DATE", "a date (YYYY-MM-DD)",
			"RULE_ANY_OTHER", "a character",
			"EOF", "the end of the file");

	private static final Pattern TOKEN_NAME = Pattern.compile("\\b(RULE_[A-Z_]+|EOF)\\b");

	private static final Pattern KEYWORD_AS_NAME = Pattern.compile("^mismatched input '([^']+)' expecting RULE_ID");

	private final Set<String> keywords;

	@Inject
	public ClaimsSyntaxErrorMessageProvider(IGrammarAccess grammarAccess) {
		this.keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar()).stream().collect(Collectors.toSet());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(readable(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	/** The message with grammar token names replaced by words, plus hints. */
	String readable(String message) {
		if (message == null) {
			return null;
		}
		String hint = "";
		Matcher keyword = KEYWORD_AS_NAME.matcher(message);
		if (keyword.find() && keywords.contains(keyword.group(1))) {
			hint = ": '" + keyword.group(1) + "' is a keyword; write ^" + keyword.group(1) + " to use it as a claim name";
		}
		Matcher token = TOKEN_NAME.matcher(message);
		StringBuilder readable = new StringBuilder();
		while (token.find()) {
			token.appendReplacement(readable, Matcher.quoteReplacement(TOKEN_NAMES.getOrDefault(token.group(1), token.group(1))));
		}
		token.appendTail(readable);
		return readable + hint;
	}
}
