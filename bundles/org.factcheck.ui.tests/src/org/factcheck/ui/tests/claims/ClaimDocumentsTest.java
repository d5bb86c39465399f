package org.factcheck.ui.tests.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.jface.text.Document;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimDocuments;
import org.factcheck.ui.claims.ClaimRegion;
import org.factcheck.ui.claims.ParsedClaims;
import org.junit.jupiter.api.Test;

/** The claim under the cursor of a claim file's text, parsed by the claim language once per change. */
class ClaimDocumentsTest {

	private static final String TEXT = """
			corpus "corpus"

			// first
			claim first "Die Inflation sank."
			    cites "a"

			claim ^quote "Der Zins stieg." expect supported
			claim broken "unclosed
			""";

	private final ClaimDocuments documents = FactcheckUi.getDefault().claimDocuments();

	@Test
	void findsTheClaimUnderTheCursor() {
		ParsedClaims claims = documents.parse(TEXT);
		assertEquals(Optional.of("corpus"), claims.corpusLine());
		assertEquals(3, claims.claims().size(), claims.claims().toString());
		ClaimRegion first = claims.claims().get(0);
		assertEquals("first", first.name());
		assertEquals(TEXT.indexOf("claim first"), first.offset());
		assertEquals(TEXT.indexOf("first \""), first.nameOffset());
		assertEquals(4, first.line());
		assertEquals("first", name(claims, TEXT.indexOf("Inflation")));
		assertEquals("first", name(claims, TEXT.indexOf("\"a\"") + 3), "the end of a claim belongs to it");
		assertEquals("first", name(claims, TEXT.indexOf("\n\nclaim ^quote") + 1), "blank lines after a claim too");
		assertEquals("quote", name(claims, TEXT.indexOf("Zins")), "an escaped keyword is the name");
		assertEquals("broken", name(claims, TEXT.indexOf("unclosed")), "a claim with a syntax error is still found");
		assertTrue(claims.at(TEXT.indexOf("// first")).isEmpty(), "nothing before the first claim");
	}

	@Test
	void parsesADocumentOncePerChange() throws Exception {
		Document document = new Document(TEXT);
		ParsedClaims parsed = documents.parse(document);
		assertSame(parsed, documents.parse(document));
		document.replace(TEXT.indexOf("first \""), "first".length(), "erste");
		ParsedClaims changed = documents.parse(document);
		assertEquals("erste", changed.claims().get(0).name());
	}

	private static String name(ParsedClaims claims, int offset) {
		return claims.at(offset).map(ClaimRegion::name).orElse(null);
	}
}
