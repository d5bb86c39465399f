package org.factcheck.claims.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;

import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.factcheck.claims.ide.formatting.ClaimFileFormatting;
import org.factcheck.claims.tests.ClaimsIdeTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsIdeTestInjectorProvider.class)
class ClaimsFormatterTest {

	private static final String CANONICAL = """
			corpus "../corpus"

			claim arsenal "Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse."
			    cites "001_f7fa05fd70448d5b"
			    expect supported

			claim miller "Miller sagte, jedes Land müsse selbst entscheiden."
			    cites "004_cf013e87bb0c4974" quote "Jedes Land muss", "001_f7fa05fd70448d5b"
			    asof 2024-06-21
			""";

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private ClaimFileFormatting formatting;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void canonicalLayoutStaysAsItIs() {
		assertEquals(CANONICAL, format(CANONICAL));
	}

	@Test
	void claimsOnOneLineAreLaidOutCanonically() {
		String messy = "corpus   \"../corpus\"\n"
				+ "claim arsenal   \"Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse.\" cites \"001_f7fa05fd70448d5b\" expect   supported\n\n\n\n"
				+ "claim miller \"Miller sagte, jedes Land müsse selbst entscheiden.\"\n"
				+ "\tcites \"004_cf013e87bb0c4974\"quote\"Jedes Land muss\" ,\"001_f7fa05fd70448d5b\"\n"
				+ "  asof 2024-06-21";

		assertEquals(CANONICAL, format(messy));
	}

	@Test
	void commentsStayWithTheirClaims() {
		String text = """
				// Kategorie: Zahlen
				claim a "Eins." cites "001_f7fa05fd70448d5b"
				/* zwei
				   Zeilen */
				claim b "Zwei." expect unsourced // erwartet
				""";

		String formatted = format(text);

		assertTrue(formatted.startsWith("// Kategorie: Zahlen\nclaim a \"Eins.\"\n    cites \"001_f7fa05fd70448d5b\"\n"),
				formatted);
		assertTrue(formatted.contains("\n\n/* zwei\n   Zeilen */\nclaim b \"Zwei.\"\n    expect unsourced // erwartet\n"),
				formatted);
		assertEquals(formatted, format(formatted), "formatting is idempotent");
	}

	@Test
	void fileWithSyntaxErrorsIsNotFormatted() {
		XtextResource resource = ClaimsWorkspace.resource(workspace.parse("claim a cites \"x\""));

		assertTrue(formatting.edits(resource).isEmpty());
	}

	private String format(String text) {
		XtextResource resource = ClaimsWorkspace.resource(workspace.parse(text));
		StringBuilder formatted = new StringBuilder(text);
		formatting.edits(resource).orElseThrow().stream()
				.sorted(Comparator.comparingInt(ITextReplacement::getOffset).reversed())
				.forEach(edit -> formatted.replace(edit.getOffset(), edit.getEndOffset(), edit.getReplacementText()));
		return formatted.toString();
	}
}
