package org.factcheck.claims.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.corpus.CorpusLocation;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.tests.DocumentedSurface;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class ClaimsValidatorTest {

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private ValidationTestHelper validation;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void documentedSurfaceHasNoIssues() {
		validation.assertNoIssues(workspace.parse(DocumentedSurface.TEXT));
	}

	@Test
	void eachDuplicateClaimNameIsAnErrorNamingTheOtherLines() {
		List<Issue> issues = issues(workspace.parse("""
				claim yoon "Yoon traf Umerov in Seoul."
				claim kim "Kim unterzeichnete das Abkommen."
				claim yoon "Yoon sprach mit Rutte."
				"""), ClaimsIssueCodes.DUPLICATE_CLAIM_NAME);

		assertEquals(2, issues.size());
		assertIssue(issues.get(0), Severity.ERROR, 1, 7, 4, "Duplicate claim name 'yoon': also used on line 3");
		assertIssue(issues.get(1), Severity.ERROR, 3, 7, 4, "Duplicate claim name 'yoon': also used on line 1");
		assertArrayEquals(new String[] { "yoon" }, issues.get(0).getData());
	}

	@Test
	void distinctClaimNamesAreFine() {
		validation.assertNoIssues(workspace.parse("""
				claim yoon "Yoon traf Umerov in Seoul."
				claim yoon-2 "Yoon sprach mit Rutte."
				"""));
	}

	@Test
	void missingCorpusFolderIsAnErrorOnTheCorpusLineNamingTheResolvedPath() {
		List<Issue> issues = issues(workspace.parse("""
				corpus "../korpus"
				claim a "Text."
				"""), ClaimsIssueCodes.CORPUS_FOLDER_NOT_FOUND);

		assertEquals(1, issues.size());
		assertIssue(issues.get(0), Severity.ERROR, 1, 8, 11, "Corpus folder " + root.resolve("korpus") + " does not exist");
		assertArrayEquals(new String[] { root.resolve("korpus").toString() }, issues.get(0).getData());
	}

	@Test
	void corpusLineNamingAFileIsAnError() throws IOException {
		Files.writeString(root.resolve("korpus.txt"), "kein Ordner");

		assertIssue(issues(workspace.parse("corpus \"../korpus.txt\"\n"), ClaimsIssueCodes.CORPUS_FOLDER_NOT_FOUND).get(0),
				Severity.ERROR, 1, 8, 15, "Corpus " + root.resolve("korpus.txt") + " is not a folder");
	}

	@Test
	void emptyCorpusLineIsAnError() {
		validation.assertError(workspace.parse("corpus \"\"\n"), ClaimsPackage.Literals.CLAIM_FILE,
				ClaimsIssueCodes.CORPUS_FOLDER_NOT_FOUND, "The corpus folder is empty");
	}

	@Test
	void existingCorpusFolderIsFine() {
		validation.assertNoIssues(workspace.parse("corpus \"../corpus\"\nclaim a \"Text.\"\n"));
	}

	@Test
	void overriddenMissingCorpusFolderIsOnlyAWarning() throws IOException {
		Path chosen = Files.createDirectories(root.resolve("gewaehlt"));
		ResourceSet resourceSet = workspace.newResourceSet();
		CorpusLocation.install(resourceSet, chosen, Optional.empty());

		List<Issue> issues = issues(workspace.parse("corpus \"../korpus\"\n", resourceSet),
				ClaimsIssueCodes.CORPUS_FOLDER_NOT_FOUND);

		assertIssue(issues.get(0), Severity.WARNING, 1, 8, 11, "Corpus folder " + root.resolve("korpus")
				+ " does not exist (not used here: the corpus " + chosen + " was chosen instead)");
	}

	@Test
	void impossibleDatesAreErrorsOnTheDate() {
		List<Issue> issues = issues(workspace.parse("""
				claim a "Text." asof 2024-02-30
				claim b "Text." asof 2024-13-01
				claim c "Text."
				    asof 2024-6-1
				"""), ClaimsIssueCodes.INVALID_DATE);

		assertEquals(3, issues.size());
		assertIssue(issues.get(0), Severity.ERROR, 1, 22, 10, "There is no day 30 in 2024-02-30: February 2024 has 29 days");
		assertIssue(issues.get(1), Severity.ERROR, 2, 22, 10, "There is no month 13 in 2024-13-01: months run from 01 to 12");
		assertIssue(issues.get(2), Severity.ERROR, 4, 10, 8,
				"Write the date as YYYY-MM-DD with a four-digit year and two-digit month and day (2024-06-01)");
	}

	@Test
	void datesInOtherNotationsAreErrorsSayingHowToWriteThem() {
		List<Issue> issues = issues(workspace.parse("claim a \"Text.\" asof 21.06.2024\n"), ClaimsIssueCodes.INVALID_DATE);

		assertIssue(issues.get(0), Severity.ERROR, 1, 22, 10,
				"'21.06.2024' is not a date: write YYYY-MM-DD, as in 2024-06-21");
	}

	@Test
	void leapDayIsARealDate() {
		validation.assertNoIssues(workspace.parse("claim a \"Text.\" asof 2024-02-29\n"));
	}

	@Test
	void emptyOrBlankQuoteIsAnError() {
		List<Issue> issues = issues(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites "004_cf013e87bb0c4974" quote "", "001_f7fa05fd70448d5b" quote "  "
				"""), ClaimsIssueCodes.EMPTY_QUOTE);

		assertEquals(2, issues.size());
		assertIssue(issues.get(0), Severity.ERROR, 2, 52, 2,
				"The quote is empty: give the passage the document contains, or remove 'quote'");
		assertEquals(2, issues.get(1).getLineNumber());
	}

	@Test
	void quoteWithTextIsFine() {
		validation.assertNoIssues(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites "004_cf013e87bb0c4974" quote "Jedes Land muss"
				"""));
	}

	@Test
	void emptyOrBlankClaimTextIsAnError() {
		List<Issue> issues = issues(workspace.parse("""
				claim a ""
				claim b " \\t "
				"""), ClaimsIssueCodes.EMPTY_CLAIM_TEXT);

		assertEquals(2, issues.size());
		assertIssue(issues.get(0), Severity.ERROR, 1, 9, 2, "The claim text is empty: write what the claim says");
		assertIssue(issues.get(1), Severity.ERROR, 2, 9, 6, "The claim text is empty: write what the claim says");
	}

	@Test
	void documentCitedTwiceByOneClaimIsAWarningOnTheRepetition() {
		List<Issue> issues = issues(workspace.parse("""
				corpus "../corpus"
				claim a "Text."
				    cites "001_f7fa05fd70448d5b", "004_cf013e87bb0c4974",
				          "001_f7fa05fd70448d5b"
				"""), ClaimsIssueCodes.DUPLICATE_CITATION);

		assertEquals(1, issues.size());
		assertIssue(issues.get(0), Severity.WARNING, 4, 11, 22,
				"Document '001_f7fa05fd70448d5b' is already cited by this claim on line 3: cite it once");
		assertArrayEquals(new String[] { "001_f7fa05fd70448d5b" }, issues.get(0).getData());
	}

	@Test
	void unknownDocumentCitedTwiceIsAlsoAWarning() {
		List<Issue> issues = issues(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites "unbekannt", "unbekannt" quote "Zitat"
				"""), ClaimsIssueCodes.DUPLICATE_CITATION);

		assertEquals("Document 'unbekannt' is already cited by this claim on line 2", issues.get(0).getMessage());
	}

	@Test
	void sameDocumentInDifferentClaimsIsFine() {
		validation.assertNoIssues(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites "001_f7fa05fd70448d5b"
				claim b "Text." cites "001_f7fa05fd70448d5b"
				"""));
	}

	@Test
	void unknownDocumentIsAnErrorInValidation() {
		List<Issue> issues = issues(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites "gibt-es-nicht"
				"""), ClaimsIssueCodes.UNKNOWN_DOCUMENT);

		assertIssue(issues.get(0), Severity.ERROR, 2, 23, 15,
				"Unknown document 'gibt-es-nicht' in corpus " + workspace.corpus());
	}

	@Test
	void aClaimTextOrQuoteLongerThanTheLimitIsRefused() {
		String longText = "Wort ".repeat(2_000);
		List<Issue> issues = issues(workspace.parse("claim lang \"" + longText + "\"\nclaim kurz \"Kurz.\"\n"),
				ClaimsIssueCodes.TEXT_TOO_LONG);

		assertEquals(1, issues.size());
		assertIssue(issues.get(0), Severity.ERROR, 1, 12, longText.length() + 2, "The claim text is 10,000 characters"
				+ " long; at most 5,000 are checked: state one fact, or cite a shorter passage");
	}

	@Test
	void strayTextAfterABrokenClaimIsNotReportedTwice() {
		ClaimFile file = workspace.parse("""
				claim 123 "Text."
				claim b "Zwei."
				""");

		assertEquals(List.of(), issues(file, ClaimsIssueCodes.STRAY_TEXT));
		assertEquals(1, file.eResource().getErrors().size());
	}

	private List<Issue> issues(ClaimFile file, String code) {
		return validation.validate(file).stream().filter(issue -> code.equals(issue.getCode())).toList();
	}

	private static void assertIssue(Issue issue, Severity severity, int line, int column, int length, String message) {
		assertEquals(message, issue.getMessage());
		assertEquals(severity, issue.getSeverity());
		assertEquals(line, issue.getLineNumber(), "line");
		assertEquals(column, issue.getColumn(), "column");
		assertEquals(length, issue.getLength(), "length");
	}
}
