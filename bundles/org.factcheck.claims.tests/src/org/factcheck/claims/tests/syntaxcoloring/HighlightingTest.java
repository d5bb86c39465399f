package org.factcheck.claims.tests.syntaxcoloring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsHighlightingStyles;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsTokenStyles;
import org.factcheck.claims.tests.ClaimsIdeTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsIdeTestInjectorProvider.class)
class HighlightingTest {

	private static final String FILE = """
			corpus "../corpus" // TODO other corpus
			claim miller "Miller sagte es." cites "004_cf013e87bb0c4974" quote "Jedes Land", "x"
			    asof 2024-06-21 expect conflicting
			""";

	@Inject
	@Named(LexerIdeBindings.HIGHLIGHTING)
	private Provider<Lexer> lexers;

	@Inject
	private ClaimsTokenStyles tokenStyles;

	@Inject
	private ISemanticHighlightingCalculator calculator;

	@Inject
	private ClaimsWorkspace workspace;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void tokensGetLexicalStyles() {
		Map<String, String> styles = new LinkedHashMap<>();
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(FILE));
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			styles.putIfAbsent(token.getText(), tokenStyles.styleOf(token.getType()));
			assertEquals(FILE.substring(((CommonToken) token).getStartIndex(), ((CommonToken) token).getStopIndex() + 1),
					token.getText());
		}

		assertEquals(ClaimsHighlightingStyles.KEYWORD, styles.get("claim"));
		assertEquals(ClaimsHighlightingStyles.KEYWORD, styles.get("cites"));
		assertEquals(ClaimsHighlightingStyles.KEYWORD, styles.get("quote"));
		assertEquals(ClaimsHighlightingStyles.STRING, styles.get("\"Miller sagte es.\""));
		assertEquals(ClaimsHighlightingStyles.COMMENT, styles.get("// TODO other corpus\n"));
		assertEquals(ClaimsHighlightingStyles.DATE, styles.get("2024-06-21"));
		assertEquals(ClaimsHighlightingStyles.VERDICT, styles.get("conflicting"));
		assertEquals(ClaimsHighlightingStyles.PUNCTUATION, styles.get(","));
		assertEquals(ClaimsHighlightingStyles.DEFAULT, styles.get("miller"));
	}

	@Test
	void grammarRolesGetSemanticStyles() {
		Map<String, String> styles = new LinkedHashMap<>();
		calculator.provideHighlightingFor(ClaimsWorkspace.resource(workspace.parse(FILE)),
				(offset, length, ids) -> styles.put(FILE.substring(offset, offset + length), String.join(",", ids)),
				CancelIndicator.NullImpl);

		assertEquals(ClaimsHighlightingStyles.CORPUS_PATH, styles.get("\"../corpus\""));
		assertEquals(ClaimsHighlightingStyles.CLAIM_NAME, styles.get("miller"));
		assertEquals(ClaimsHighlightingStyles.CLAIM_TEXT, styles.get("\"Miller sagte es.\""));
		assertEquals(ClaimsHighlightingStyles.DOCUMENT_ID, styles.get("\"004_cf013e87bb0c4974\""));
		assertEquals(ClaimsHighlightingStyles.DOCUMENT_ID, styles.get("\"x\""));
		assertEquals(ClaimsHighlightingStyles.QUOTE, styles.get("\"Jedes Land\""));
		assertEquals(ClaimsHighlightingStyles.DATE, styles.get("2024-06-21"));
		assertEquals(ClaimsHighlightingStyles.VERDICT, styles.get("conflicting"));
		assertEquals(ClaimsHighlightingStyles.TASK, styles.get("TODO"));
	}
}
