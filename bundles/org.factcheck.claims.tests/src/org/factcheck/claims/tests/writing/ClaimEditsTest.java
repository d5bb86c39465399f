package org.factcheck.claims.tests.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.layout.LayoutReader;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.writing.ClaimEdits;
import org.factcheck.claims.writing.ClaimTextEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class ClaimEditsTest {

	private static final String BARE = "claim a \"Text.\"\n";
	private static final String FULL = """
			claim a "Text."
			    cites "x" quote "Er sagte", "y"
			    asof 2024-01-02
			    expect unsourced
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
	void clausesAreAddedOnTheirOwnLinesInCanonicalOrder() {
		ClaimLayout claim = claim(BARE);

		assertEquals("claim a \"Text.\"\n    cites \"d\"\n", edit(BARE, ClaimEdits.addCitation(claim, "d")));
		assertEquals("claim a \"Text.\"\n    asof 2024-06-21\n",
				edit(BARE, ClaimEdits.setAsOf(claim, LocalDate.of(2024, 6, 21))));
		assertEquals("claim a \"Text.\"\n    expect supported\n", edit(BARE, ClaimEdits.setExpected(claim, "supported")));
	}

	@Test
	void writtenClausesAreReplacedInPlace() {
		ClaimLayout claim = claim(FULL);

		assertEquals(FULL.replace("cites \"x\" quote \"Er sagte\", \"y\"", "cites \"d\""),
				edit(FULL, ClaimEdits.citeOnly(claim, List.of("d"))));
		assertEquals(FULL.replace("\"y\"\n", "\"y\", \"d\"\n"), edit(FULL, ClaimEdits.addCitation(claim, "d")));
		assertEquals(FULL.replace("2024-01-02", "2024-06-21"),
				edit(FULL, ClaimEdits.setAsOf(claim, LocalDate.of(2024, 6, 21))));
		assertEquals(FULL.replace("expect unsourced", "expect conflicting"),
				edit(FULL, ClaimEdits.setExpected(claim, "conflicting")));
		assertEquals(FULL.replace("\"Er sagte\"", "\"Er sagte: \\\"Nein\\\"\""),
				edit(FULL, ClaimEdits.setQuote(claim.citations().get(0), "Er sagte: \"Nein\"")));
		assertEquals(FULL.replace("\"x\"", "\"z\""), edit(FULL, ClaimEdits.replaceDocumentId(claim.citations().get(0), "z")));
	}

	@Test
	void removedPartsTakeTheirSeparatorsAlong() {
		ClaimLayout claim = claim(FULL);

		assertEquals(FULL.replace(" quote \"Er sagte\"", ""), edit(FULL, ClaimEdits.removeQuote(claim.citations().get(0))));
		assertEquals(FULL.replace("\"x\" quote \"Er sagte\", ", ""),
				edit(FULL, ClaimEdits.removeCitation(claim, claim.citations().get(0))));
		assertEquals(FULL.replace(", \"y\"", ""), edit(FULL, ClaimEdits.removeCitation(claim, claim.citations().get(1))));
		String single = "claim a \"Text.\"\n    cites \"x\"\n    expect supported\n";
		ClaimLayout one = claim(single);
		assertEquals("claim a \"Text.\"\n    \n    expect supported\n",
				edit(single, ClaimEdits.removeCitation(one, one.citations().get(0))));
	}

	@Test
	void aQuoteIsAddedAfterTheDocumentId() {
		ClaimLayout claim = claim(FULL);

		assertEquals(FULL.replace("\"y\"", "\"y\" quote \"Neu\""), edit(FULL, ClaimEdits.setQuote(claim.citations().get(1), "Neu")));
	}

	private ClaimLayout claim(String text) {
		return reader.read(workspace.parse(text)).claims().get(0);
	}

	private static String edit(String text, ClaimTextEdit edit) {
		return ClaimTextEdit.apply(text, List.of(edit));
	}
}
