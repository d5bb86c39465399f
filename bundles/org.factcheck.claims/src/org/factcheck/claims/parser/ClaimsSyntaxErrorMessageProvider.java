package org.factcheck.claims.parser;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.factcheck.claims.claims.Verdict;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Syntax errors in the words of the claim language: "expecting a text in double quotes" instead
 * of "expecting RULE_STRING", what may follow where the parser expected the end of the file, and
 * hints for keywords used as claim names and for unknown verdicts.
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

	private static final Pattern UNEXPECTED = Pattern.compile(
			"^(?:missing EOF at '(.+)'|(?:extraneous|mismatched) input '(.+)' expecting EOF)$");

	private static final Pattern NO_ALTERNATIVE = Pattern.compile("^no viable alternative at input '(.+)'$");

	private static final Pattern EARLY_END = Pattern.compile("^mismatched input '<EOF>' expecting (.+)$");

	/** The lexer reached the end of the file inside a comment. */
	private static final Pattern UNCLOSED_COMMENT = Pattern.compile("^mismatched character '<EOF>' expecting '\\*'$");

	private static final Pattern MISSING = Pattern.compile("^missing (.+) at '(.+)'$");

	private static final Pattern MISMATCHED = Pattern.compile("^(?:mismatched|extraneous) input '(.+)' expecting (.+)$");

	private final Set<String> keywords;

	@Inject
	public ClaimsSyntaxErrorMessageProvider(IGrammarAccess grammarAccess) {
		this.keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar()).stream().collect(Collectors.toSet());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String previous = previousToken(context.getRecognitionException()).orElse(null);
		return new SyntaxErrorMessage(readable(message.getMessage(), previous), message.getIssueCode(),
				message.getIssueData());
	}

	/**
	 * The message with grammar token names replaced by words, or a message of its own where the
	 * parser's would not help.
	 *
	 * @param previousToken the text of the token before the error, if known
	 */
	String readable(String message, String previousToken) {
		if (message == null) {
			return null;
		}
		if (UNCLOSED_COMMENT.matcher(message).matches()) {
			return "A comment '/*' is never closed with '*/': everything after it is ignored";
		}
		Matcher unexpected = UNEXPECTED.matcher(message);
		if (unexpected.matches()) {
			return unexpected(unexpected.group(1) != null ? unexpected.group(1) : unexpected.group(2));
		}
		Matcher noAlternative = NO_ALTERNATIVE.matcher(message);
		if (noAlternative.matches() && "expect".equals(previousToken)) {
			return "'" + noAlternative.group(1) + "' is not a verdict: write "
					+ Arrays.stream(Verdict.values()).map(Verdict::getLiteral).collect(Collectors.joining(", "));
		}
		Matcher earlyEnd = EARLY_END.matcher(message);
		if (earlyEnd.matches()) {
			return "The file ends where " + withWords(earlyEnd.group(1)) + " is expected";
		}
		Matcher missing = MISSING.matcher(message);
		if (missing.matches()) {
			return "Missing " + withWords(missing.group(1)) + " before '" + missing.group(2) + "'";
		}
		Matcher mismatched = MISMATCHED.matcher(message);
		if (mismatched.matches()) {
			String token = mismatched.group(1);
			String hint = "RULE_ID".equals(mismatched.group(2)) && keywords.contains(token)
					? "; '" + token + "' is a keyword, write ^" + token + " to use it as a claim name"
					: "";
			return "Unexpected '" + token + "': expected " + withWords(mismatched.group(2)) + hint;
		}
		return withWords(message);
	}

	private String unexpected(String token) {
		return UnexpectedText.explain(token);
	}

	private static String withWords(String message) {
		Matcher token = TOKEN_NAME.matcher(message);
		StringBuilder readable = new StringBuilder();
		while (token.find()) {
			token.appendReplacement(readable,
					Matcher.quoteReplacement(TOKEN_NAMES.getOrDefault(token.group(1), token.group(1))));
		}
		token.appendTail(readable);
		return readable.toString();
	}

	private static Optional<String> previousToken(RecognitionException exception) {
		if (exception == null || !(exception.input instanceof TokenStream tokens)) {
			return Optional.empty();
		}
		try {
			for (int i = exception.index - 1; i >= 0; i--) {
				Token token = tokens.get(i);
				if (token.getChannel() == Token.DEFAULT_CHANNEL) {
					return Optional.ofNullable(token.getText());
				}
			}
		} catch (RuntimeException e) {
			// the stream does not keep earlier tokens
		}
		return Optional.empty();
	}
}
