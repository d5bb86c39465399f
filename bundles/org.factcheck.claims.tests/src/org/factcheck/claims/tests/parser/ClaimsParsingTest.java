package org.factcheck.claims.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.claims.Verdict;
import org.factcheck.claims.linking.WrittenDocumentId;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.tests.DocumentedSurface;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class ClaimsParsingTest {

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private WrittenDocumentId writtenDocumentId;

	@Inject
	private ValidationTestHelper validation;

	private static final String IGNORED = "; the text up to the next 'claim' is ignored";

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void parsesTheDocumentedSurface() {
		ClaimFile file = workspace.parse(DocumentedSurface.TEXT);

		assertEquals(List.of(), syntaxErrors(file));
		assertEquals("../corpus", file.getCorpus());
		Claim arsenal = file.getClaims().get(0);
		assertEquals("arsenal", arsenal.getName());
		assertEquals("Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse des Kalibers 105 mm.", arsenal.getText());
		assertEquals(List.of("001_f7fa05fd70448d5b"), ids(arsenal));
		assertEquals(Verdict.SUPPORTED, arsenal.getExpected());
		assertNull(arsenal.getAsOf());
		Claim miller = file.getClaims().get(1);
		assertEquals(List.of("004_cf013e87bb0c4974", "001_f7fa05fd70448d5b"), ids(miller));
		assertEquals("Jedes Land muss seine eigene Entscheidung darüber treffen", miller.getCitations().get(0).getQuote());
		assertNull(miller.getCitations().get(1).getQuote());
		assertEquals("2024-06-21", miller.getAsOf());
		assertFalse(miller.eIsSet(ClaimsPackage.Literals.CLAIM__EXPECTED), "no expect clause");
	}

	@Test
	void claimsNeedNoClauses() {
		ClaimFile file = workspace.parse("""
				claim a "Nordkorea hat mindestens 10.000 Container nach Russland geliefert."
				claim b "Putin und Kim unterzeichneten am Mittwoch in Pjöngjang ein Abkommen." expect conflicting
				""");

		assertEquals(List.of(), syntaxErrors(file));
		assertNull(file.getCorpus());
		assertEquals(2, file.getClaims().size());
		assertTrue(file.getClaims().get(0).getCitations().isEmpty());
		assertEquals(Verdict.CONFLICTING, file.getClaims().get(1).getExpected());
	}

	@Test
	void stringsTakeEscapedQuotesAndBackslashesAndAnyUnicode() {
		ClaimFile file = workspace.parse("""
				claim zitat "Miller sagte: \\"Jedes Land muss selbst entscheiden.\\" – Pfad C:\\\\Daten, 105 mm, Größe µ, 🙂"
				    cites "004_cf013e87bb0c4974" quote "„unglaublich besorgniserregend“"
				""");

		assertEquals(List.of(), syntaxErrors(file));
		assertEquals("Miller sagte: \"Jedes Land muss selbst entscheiden.\" – Pfad C:\\Daten, 105 mm, Größe µ, 🙂",
				file.getClaims().get(0).getText());
		assertEquals("„unglaublich besorgniserregend“", file.getClaims().get(0).getCitations().get(0).getQuote());
	}

	@Test
	void stringsTakeLineBreakTabAndUnicodeEscapes() {
		ClaimFile file = workspace.parse("""
				claim a "Zeile eins\\nZeile zwei\\tTab 3,4\\u00A0Millionen"
				""");

		assertEquals(List.of(), syntaxErrors(file));
		assertEquals("Zeile eins\nZeile zwei\tTab 3,4\u00A0Millionen", file.getClaims().get(0).getText());
	}

	@Test
	void commentsMayStandAnywhere() {
		ClaimFile file = workspace.parse("""
				/* Sammlung zur Südkorea-Berichterstattung,
				   geprüft im Juni */
				corpus "../corpus" // der Seed-Korpus
				claim a /* Name */ "Yoon äußerte Besorgnis." // Text
				    cites "000_8c535eb6db9358b5" // Quelle
				    /* Stichtag */ asof 2024-11-07
				// am Ende
				""");

		assertEquals(List.of(), syntaxErrors(file));
		assertEquals("Yoon äußerte Besorgnis.", file.getClaims().get(0).getText());
		assertEquals("2024-11-07", file.getClaims().get(0).getAsOf());
	}

	@Test
	void claimNamesMayHaveUmlautsAndEscapedKeywords() {
		ClaimFile file = workspace.parse("""
				claim größe-1 "Die Geschosse haben ein Kaliber von 105 mm."
				claim ^supported "Südkorea liefert Munition."
				""");

		assertEquals(List.of(), syntaxErrors(file));
		assertEquals("größe-1", file.getClaims().get(0).getName());
		assertEquals("supported", file.getClaims().get(1).getName());
	}

	@Test
	void missingClaimTextIsReportedWhereTheNextClauseStarts() {
		ClaimFile file = workspace.parse("""
				claim a "Erster Text."
				claim b
				    asof 2024-06-21
				""");

		Diagnostic error = onlySyntaxError(file);
		assertEquals(3, error.getLine());
		assertEquals(5, error.getColumn());
		assertEquals("Missing a text in double quotes before 'asof'", error.getMessage());
	}

	@Test
	void invalidEscapeIsReportedAtItsPositionAndTheTextIsKept() {
		ClaimFile file = workspace.parse("""
				claim a "Erster Text."
				claim b "Pfad C:\\Daten"
				""");

		Diagnostic error = onlySyntaxError(file);
		assertEquals(2, error.getLine());
		assertEquals(17, error.getColumn());
		assertEquals(2, error.getLength());
		assertTrue(error.getMessage().startsWith("Invalid escape sequence \\D"), error.getMessage());
		assertEquals("Pfad C:\\Daten", file.getClaims().get(1).getText());
	}

	@Test
	void invalidUnicodeEscapeIsReportedAtItsPosition() {
		ClaimFile file = workspace.parse("""
				claim a "Abstand\\u00G0"
				""");

		Diagnostic error = onlySyntaxError(file);
		assertEquals(1, error.getLine());
		assertEquals(17, error.getColumn());
		assertEquals("Invalid escape sequence: \\u must be followed by four hexadecimal digits, as in \\u00A0",
				error.getMessage());
	}

	@Test
	void unclosedStringEndsAtTheEndOfItsLine() {
		ClaimFile file = workspace.parse("""
				claim a "Südkorea prüft Waffenlieferungen
				claim b "Der zweite Text bleibt lesbar."
				""");

		Diagnostic error = onlySyntaxError(file);
		assertEquals(1, error.getLine());
		assertEquals(9, error.getColumn());
		assertEquals("The text is not closed: add \" before the end of the line", error.getMessage());
		assertEquals("Südkorea prüft Waffenlieferungen", file.getClaims().get(0).getText());
		assertEquals("Der zweite Text bleibt lesbar.", file.getClaims().get(1).getText());
	}

	@Test
	void keywordAsClaimNameGetsAHint() {
		ClaimFile file = workspace.parse("""
				claim supported "Südkorea liefert Munition."
				""");

		Diagnostic error = (Diagnostic) file.eResource().getErrors().get(0);
		assertEquals(1, error.getLine());
		assertEquals(7, error.getColumn());
		assertEquals("Unexpected 'supported': expected a claim name; 'supported' is a keyword, write ^supported to use"
				+ " it as a claim name", error.getMessage());
	}

	@Test
	void misspelledKeywordIsReportedAtItsPosition() {
		ClaimFile file = workspace.parse("""
				claim a "Yoon äußerte Besorgnis."
				    cite "000_8c535eb6db9358b5"
				""");

		Issue error = onlyError(file);
		assertEquals("Unexpected 'cite': a claim starts with 'claim NAME \"TEXT\"', followed by its clauses cites,"
				+ " asof and expect" + IGNORED, error.getMessage());
		assertEquals(2, error.getLineNumber());
		assertEquals(5, error.getColumn());
	}

	@Test
	void clausesOutOfOrderAreExplained() {
		Issue error = onlyError(workspace.parse("""
				claim a "Putin warnte Südkorea vor Waffenlieferungen." expect supported asof 2024-06-20
				"""));

		assertEquals("Unexpected 'asof': each clause of a claim may appear once, in the order cites, asof, expect",
				error.getMessage());
		assertEquals(1, error.getLineNumber());
		assertEquals(73, error.getColumn());
	}

	@Test
	void unknownVerdictListsTheVerdicts() {
		Diagnostic error = onlySyntaxError(workspace.parse("""
				claim a "Putin warnte Südkorea vor Waffenlieferungen."
				    expect true
				"""));

		assertEquals("'true' is not a verdict: write supported, conflicting, unsourced", error.getMessage());
		assertEquals(2, error.getLine());
		assertEquals(12, error.getColumn());
	}

	@Test
	void citationsWithoutCommaAreExplained() {
		List<Issue> errors = validation.validate(workspace.parse("""
				claim a "Putin warnte Südkorea." cites "004_cf013e87bb0c4974" "001_f7fa05fd70448d5b"
				""")).stream().filter(issue -> ClaimsIssueCodes.STRAY_TEXT.equals(issue.getCode())).toList();
		assertEquals(1, errors.size(), errors::toString);
		Issue error = errors.get(0);

		assertEquals("Unexpected text \"001_f7fa05fd70448d5b\": separate cited documents with a comma,"
				+ " and give a passage after 'quote'" + IGNORED, error.getMessage());
		assertEquals(63, error.getColumn());
	}

	@Test
	void fileEndingInsideAClaimSaysWhatIsMissing() {
		Diagnostic error = onlySyntaxError(workspace.parse("claim a \"Putin warnte Südkorea.\" cites"));

		assertEquals("The file ends where a text in double quotes is expected", error.getMessage());
	}

	@Test
	void datesInOtherNotationsAreReadAsDatesForTheValidatorToExplain() {
		ClaimFile file = workspace.parse("""
				claim a "Text." asof 21.06.2024
				claim b "Text." asof 2024-06-21.
				""");

		assertEquals(List.of(), syntaxErrors(file));
		assertEquals("21.06.2024", file.getClaims().get(0).getAsOf());
		assertEquals("2024-06-21.", file.getClaims().get(1).getAsOf());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = { "*/|1", "@@@|1", "\u0000|1", "/* /* */ */|10", "}|1", "supported|1",
			"quote \"x\"|1", ", \"x\"|1", "corpus \"../corpus\"|1", "\"ein Text ohne claim\"|1", "2024-06-21|1",
			"@@ expect supported|1" })
	void textBetweenClaimsIsOneErrorAndTheClaimsAfterItAreRead(String stray, int column) {
		ClaimFile file = workspace.parse("claim a \"Eins.\"\n" + stray + "\nclaim b \"Zwei.\"\nclaim c \"Drei.\" expect supported\n");

		assertEquals(List.of("a", "b", "c"), file.getClaims().stream().map(Claim::getName).toList());
		assertEquals(Verdict.SUPPORTED, file.getClaims().get(2).getExpected());
		Issue error = onlyError(file);
		assertEquals(2, error.getLineNumber());
		assertEquals(column, error.getColumn());
		assertTrue(error.getMessage().endsWith(IGNORED), error.getMessage());
	}

	@Test
	void strayTextBeforeEveryClaimLeavesAllClaims() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 500; i++) {
			text.append("/* /* */ @@ claim c").append(i).append(" \"Behauptung ").append(i).append(".\"\n");
		}
		ClaimFile file = workspace.parse(text.toString());

		assertEquals(500, file.getClaims().size());
		assertEquals(500, errors(file).size());
	}

	@Test
	void aClauseWrittenTwiceStaysWithItsClaimAndIsExplained() {
		ClaimFile file = workspace.parse("""
				claim a "Eins." expect supported
				    expect conflicting
				claim b "Zwei."
				""");

		assertEquals(List.of("a", "b"), file.getClaims().stream().map(Claim::getName).toList());
		Issue error = onlyError(file);
		assertEquals(ClaimsIssueCodes.CLAUSE_ORDER, error.getCode());
		assertEquals(2, error.getLineNumber());
		assertEquals(5, error.getColumn());
	}

	@Test
	void aClauseAtTheTopOfTheFileIsStrayText() {
		ClaimFile file = workspace.parse("""
				expect supported
				claim a "Eins."
				""");

		assertEquals(List.of("a"), file.getClaims().stream().map(Claim::getName).toList());
		assertEquals(ClaimsIssueCodes.STRAY_TEXT, onlyError(file).getCode());
	}

	@Test
	void aByteOrderMarkIsSkipped() {
		ClaimFile file = workspace.parse("\uFEFFcorpus \"../corpus\"\nclaim a \"Eins.\"\n");

		assertEquals(List.of(), errors(file));
		assertEquals("../corpus", file.getCorpus());
		assertEquals("a", file.getClaims().get(0).getName());
	}

	@Test
	void aCommentThatIsNeverClosedIsExplained() {
		ClaimFile file = workspace.parse("claim a \"Eins.\"\n/* hier fehlt das Ende\nclaim b \"Zwei.\"\n");

		Diagnostic error = onlySyntaxError(file);
		assertEquals("A comment '/*' is never closed with '*/': everything after it is ignored", error.getMessage());
		assertEquals(List.of("a"), file.getClaims().stream().map(Claim::getName).toList());
	}

	private List<String> ids(Claim claim) {
		return claim.getCitations().stream().map(citation -> writtenDocumentId.of(citation).orElseThrow()).toList();
	}

	private static List<Resource.Diagnostic> syntaxErrors(ClaimFile file) {
		return file.eResource().getErrors().stream().filter(XtextSyntaxDiagnostic.class::isInstance).toList();
	}

	/** Syntax errors and validation errors of the file. */
	private List<Issue> errors(ClaimFile file) {
		return validation.validate(file).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}

	private Issue onlyError(ClaimFile file) {
		List<Issue> errors = errors(file);
		assertEquals(1, errors.size(), errors::toString);
		return errors.get(0);
	}

	private static Diagnostic onlySyntaxError(ClaimFile file) {
		List<Resource.Diagnostic> errors = syntaxErrors(file);
		assertEquals(1, errors.size(), errors::toString);
		return (Diagnostic) errors.get(0);
	}
}
