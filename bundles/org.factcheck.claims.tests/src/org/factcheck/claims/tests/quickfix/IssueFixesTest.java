package org.factcheck.claims.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.ide.quickfix.IssueFixes;
import org.factcheck.claims.layout.LayoutReader;
import org.factcheck.claims.tests.ClaimsIdeTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.factcheck.claims.writing.ClaimFix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsIdeTestInjectorProvider.class)
class IssueFixesTest {

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private LayoutReader reader;

	@Inject
	private IssueFixes issueFixes;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void unknownDocumentBecomesTheClosestId() {
		String text = """
				corpus "../corpus"
				claim a "Text." cites "001_f7fa05fd70448d5c"
				""";

		List<ClaimFix> fixes = fixes(text, ClaimsIssueCodes.UNKNOWN_DOCUMENT);

		assertEquals(List.of("Change to '001_f7fa05fd70448d5b'"), labels(fixes));
		assertEquals(text.replace("5c\"", "5b\""), fixes.get(0).applyTo(text));
	}

	@Test
	void unknownDocumentWithoutCloseIdHasNoFix() {
		assertEquals(List.of(), fixes("""
				corpus "../corpus"
				claim a "Text." cites "nothing-like-it"
				""", ClaimsIssueCodes.UNKNOWN_DOCUMENT));
	}

	@Test
	void badlyWrittenDateIsRewritten() {
		String german = "claim a \"Text.\" asof 21.06.2024\n";
		assertEquals("claim a \"Text.\" asof 2024-06-21\n",
				fixes(german, ClaimsIssueCodes.INVALID_DATE).get(0).applyTo(german));
		String short_ = "claim a \"Text.\" asof 2024-6-1\n";
		assertEquals("claim a \"Text.\" asof 2024-06-01\n", fixes(short_, ClaimsIssueCodes.INVALID_DATE).get(0).applyTo(short_));
	}

	@Test
	void impossibleDayBecomesTheLastDayOfTheMonth() {
		String text = "claim a \"Text.\" asof 2024-02-30\n";

		List<ClaimFix> fixes = fixes(text, ClaimsIssueCodes.INVALID_DATE);

		assertEquals(List.of("Change to 2024-02-29, the last day of the month"), labels(fixes));
		assertEquals("claim a \"Text.\" asof 2024-02-29\n", fixes.get(0).applyTo(text));
	}

	@Test
	void duplicateNameGetsAFreeSuffix() {
		String text = """
				claim a "Eins."
				claim a "Zwei."
				claim a-2 "Drei."
				""";

		List<ClaimFix> fixes = fixes(text, ClaimsIssueCodes.DUPLICATE_CLAIM_NAME);

		assertEquals("Rename to 'a-3'", fixes.get(0).label());
	}

	@Test
	void emptyQuoteAndRepeatedCitationAreRemoved() {
		String text = """
				corpus "../corpus"
				claim a "Text." cites "001_f7fa05fd70448d5b" quote "", "002_f309d34ae93e6e9e", "001_f7fa05fd70448d5b"
				""";

		assertEquals(text.replace(" quote \"\"", ""), fixes(text, ClaimsIssueCodes.EMPTY_QUOTE).get(0).applyTo(text));
		assertEquals(text.replace(", \"001_f7fa05fd70448d5b\"\n", "\n"),
				fixes(text, ClaimsIssueCodes.DUPLICATE_CITATION).get(0).applyTo(text));
	}

	@Test
	void missingCorpusLineIsAddedWhenACorpusFolderIsNear() throws IOException {
		String text = "claim a \"Text.\" cites \"001_f7fa05fd70448d5b\"\n";
		ClaimFile file = workspace.parse(text);
		Issue issue = issue(file, ClaimsIssueCodes.NO_CORPUS);

		List<ClaimFix> fixes = issueFixes.fixes(issue, reader.read(file), Optional.of(root.resolve("claims")));

		assertEquals(List.of("Add corpus \"../corpus\""), labels(fixes));
		assertEquals("corpus \"../corpus\"\n\n" + text, fixes.get(0).applyTo(text));
		Files.createDirectories(root.resolve("claims/corpus"));
		assertEquals(2, issueFixes.fixes(issue, reader.read(file), Optional.of(root.resolve("claims"))).size());
	}

	private List<ClaimFix> fixes(String text, String code) {
		ClaimFile file = workspace.parse(text);
		return issueFixes.fixes(issue(file, code), reader.read(file), Optional.of(root.resolve("claims")));
	}

	private Issue issue(ClaimFile file, String code) {
		return validation.validate(file).stream().filter(issue -> code.equals(issue.getCode())).reduce((a, b) -> b)
				.orElseThrow(() -> new AssertionError("no issue " + code));
	}

	private static List<String> labels(List<ClaimFix> fixes) {
		return fixes.stream().map(ClaimFix::label).toList();
	}
}
