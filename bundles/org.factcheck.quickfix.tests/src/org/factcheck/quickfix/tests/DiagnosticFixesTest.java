package org.factcheck.quickfix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.quickfix.DiagnosticFixes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixes of the claim language's diagnostics, applied to real files and validated again. */
class DiagnosticFixesTest {

	@TempDir
	Path temp;

	private final DiagnosticFixes fixes = new DiagnosticFixes();

	/** The one fix of the one diagnostic with {@code code}, applied to the file; the result must validate. */
	private String fixed(String claims, String code) throws Exception {
		Path file = ClaimFiles.write(temp, claims);
		XtextResource resource = ClaimFiles.parse(file);
		Issue issue = ClaimFiles.issues(resource).stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + ClaimFiles.issues(resource)));
		List<ClaimFix> found = fixes.fixes(resource, code, issue.getData() == null ? List.of() : List.of(issue.getData()),
				issue.getOffset());
		assertEquals(1, found.size(), found::toString);
		String text = found.get(0).applyTo(ClaimFiles.text(resource));
		Path again = temp.resolve("again");
		Files.createDirectories(again);
		XtextResource fixedResource = ClaimFiles.parse(ClaimFiles.write(again, text.substring(text.indexOf("\n\n") + 2)));
		List<Issue> left = ClaimFiles.issues(fixedResource).stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(left.isEmpty(), () -> "the fix leaves " + left);
		return text.substring(text.indexOf("\n\n") + 2);
	}

	@Test
	void aMistypedDocumentIdBecomesTheClosestId() throws Exception {
		assertEquals("claim a \"Text.\" cites \"004_cf013e87bb0c4974\"\n",
				fixed("claim a \"Text.\" cites \"004_cf013e87bb0c497\"\n", ClaimsIssueCodes.UNKNOWN_DOCUMENT));
	}

	@Test
	void aRepeatedCitationIsRemoved() throws Exception {
		assertEquals("claim a \"Text.\" cites \"001_f7fa05fd70448d5b\"\n", fixed(
				"claim a \"Text.\" cites \"001_f7fa05fd70448d5b\", \"001_f7fa05fd70448d5b\"\n", ClaimsIssueCodes.DUPLICATE_CITATION));
	}

	@Test
	void aGermanDateIsWrittenTheIsoWay() throws Exception {
		assertEquals("claim a \"Text.\" asof 2024-06-21\n", fixed("claim a \"Text.\" asof 21.06.2024\n", ClaimsIssueCodes.INVALID_DATE));
		assertEquals("claim a \"Text.\" asof 2024-06-01\n", fixed("claim a \"Text.\" asof 2024-6-1\n", ClaimsIssueCodes.INVALID_DATE));
	}

	@Test
	void aDayPastTheEndOfItsMonthBecomesTheMonthsLastDay() throws Exception {
		assertEquals("claim a \"Text.\" asof 2024-02-29\n", fixed("claim a \"Text.\" asof 2024-02-30\n", ClaimsIssueCodes.INVALID_DATE));
	}

	@Test
	void anEmptyQuoteIsRemoved() throws Exception {
		assertEquals("claim a \"Text.\" cites \"001_f7fa05fd70448d5b\"\n",
				fixed("claim a \"Text.\" cites \"001_f7fa05fd70448d5b\" quote \"\"\n", ClaimsIssueCodes.EMPTY_QUOTE));
	}

	@Test
	void aDuplicateNameGetsTheFirstFreeNumber() throws Exception {
		String fixed = fixed("claim a \"Eins.\"\nclaim a_2 \"Zwei.\"\nclaim a \"Drei.\"\n", ClaimsIssueCodes.DUPLICATE_CLAIM_NAME);
		assertEquals("claim a_3 \"Eins.\"\nclaim a_2 \"Zwei.\"\nclaim a \"Drei.\"\n", fixed);
	}
}
