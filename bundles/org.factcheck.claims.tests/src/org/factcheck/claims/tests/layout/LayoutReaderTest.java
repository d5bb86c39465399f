package org.factcheck.claims.tests.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.layout.LayoutReader;
import org.factcheck.claims.layout.Span;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class LayoutReaderTest {

	static final String FILE = """
			corpus "../corpus"

			// a comment
			claim miller "Miller sagte, jedes Land müsse selbst entscheiden."
			    cites "004_cf013e87bb0c4974" quote "Jedes Land muss", "001_f7fa05fd70448d5b"
			    asof 2024-06-21
			    expect supported

			claim ^quote "Nur ein Text."
			""";

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private LayoutReader reader;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void everyPartOfAClaimIsLocated() {
		ClaimFileLayout layout = reader.read(workspace.parse(FILE));

		assertEquals("../corpus", layout.corpus().orElseThrow().value());
		assertEquals("\"../corpus\"", text(layout.corpus().get().valueSpan()));
		assertEquals(2, layout.claims().size());
		ClaimLayout miller = layout.claims().get(0);
		assertEquals("miller", miller.name());
		assertEquals(4, miller.line());
		assertEquals("miller", text(miller.nameSpan()));
		assertEquals("Miller sagte, jedes Land müsse selbst entscheiden.", miller.text());
		assertEquals("\"Miller sagte, jedes Land müsse selbst entscheiden.\"", text(miller.textSpan().orElseThrow()));
		assertTrue(text(miller.span()).startsWith("claim miller"));
		assertTrue(text(miller.span()).endsWith("expect supported"), text(miller.span()));
		assertEquals("cites \"004_cf013e87bb0c4974\" quote \"Jedes Land muss\", \"001_f7fa05fd70448d5b\"",
				text(miller.cites().orElseThrow()));

		CitationLayout first = miller.citations().get(0);
		assertEquals("004_cf013e87bb0c4974", first.documentId());
		assertEquals("\"004_cf013e87bb0c4974\"", text(first.idSpan()));
		assertEquals("Jedes Land muss", first.quote().orElseThrow().value());
		assertEquals("quote \"Jedes Land muss\"", text(first.quote().get().span()));
		assertFalse(miller.citations().get(1).quote().isPresent());

		assertEquals("asof 2024-06-21", text(miller.asOf().orElseThrow().span()));
		assertEquals("2024-06-21", miller.asOf().get().value());
		assertEquals("expect supported", text(miller.expected().orElseThrow().span()));
		assertEquals("supported", miller.expected().get().value());
	}

	@Test
	void escapedKeywordNameIsReadWithoutItsCaret() {
		ClaimLayout quote = reader.read(workspace.parse(FILE)).claims().get(1);

		assertEquals("quote", quote.name());
		assertEquals("^quote", text(quote.nameSpan()));
		assertEquals(Optional.empty(), quote.cites());
		assertEquals(Optional.empty(), quote.expected());
	}

	@Test
	void claimsAreFoundByOffsetAndName() {
		ClaimFileLayout layout = reader.read(workspace.parse(FILE));
		int inQuote = FILE.indexOf("Jedes Land");

		assertEquals("miller", layout.claimAt(inQuote).orElseThrow().name());
		assertEquals("004_cf013e87bb0c4974",
				layout.claimAt(inQuote).get().citationAt(inQuote).orElseThrow().documentId());
		assertEquals(Optional.empty(), layout.claimAt(FILE.indexOf("// a comment")));
		assertEquals("quote", layout.claim("quote").orElseThrow().name());
	}

	@Test
	void brokenClaimsKeepWhatWasWritten() {
		String text = """
				claim a cites "x"
				claim b "Text" cites
				""";
		ClaimFileLayout layout = reader.read(workspace.parse(text));

		assertEquals("a", layout.claims().get(0).name());
		assertEquals(List.of(), layout.claims().get(0).citations());
		ClaimLayout b = layout.claims().get(layout.claims().size() - 1);
		assertEquals("b", b.name());
		assertEquals("Text", b.text());
	}

	private static String text(Span span) {
		return FILE.substring(span.offset(), span.end());
	}
}
