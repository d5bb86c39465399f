package org.factcheck.claims.tests.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.factcheck.claims.conversion.StringLiteral;
import org.factcheck.claims.conversion.StringLiteral.Problem;
import org.factcheck.claims.conversion.StringLiteral.Unescaped;
import org.junit.jupiter.api.Test;

class StringLiteralTest {

	@Test
	void plainTextStandsForItself() {
		assertEquals(new Unescaped("Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse.", Optional.empty()),
				StringLiteral.unescape("\"Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse.\""));
	}

	@Test
	void escapedQuoteAndBackslash() {
		assertEquals("Er sagte \"nein\" in C:\\Daten",
				StringLiteral.unescape("\"Er sagte \\\"nein\\\" in C:\\\\Daten\"").value());
	}

	@Test
	void emptyLiteral() {
		assertEquals(new Unescaped("", Optional.empty()), StringLiteral.unescape("\"\""));
	}

	@Test
	void unknownEscapeIsReportedAndKeptAsWritten() {
		Unescaped unescaped = StringLiteral.unescape("\"Pfad C:\\Daten\\x\"");

		assertEquals("Pfad C:\\Daten\\x", unescaped.value());
		Problem problem = unescaped.problem().orElseThrow();
		assertEquals(8, problem.offset());
		assertEquals(2, problem.length());
		assertTrue(problem.message().contains("\\\\ for a backslash"), problem.message());
	}

	@Test
	void shortUnicodeEscapeIsReported() {
		Unescaped unescaped = StringLiteral.unescape("\"x\\u12\"");

		Problem problem = unescaped.problem().orElseThrow();
		assertEquals(2, problem.offset());
		assertEquals(4, problem.length());
		assertEquals("x\\u12", unescaped.value());
	}

	@Test
	void literalEndingInAnEscapedQuoteIsNotClosed() {
		Unescaped unescaped = StringLiteral.unescape("\"Er sagte \\\"");

		assertEquals("Er sagte \"", unescaped.value());
		Problem problem = unescaped.problem().orElseThrow();
		assertEquals(0, problem.offset());
		assertEquals(12, problem.length());
		assertTrue(problem.message().contains("not closed"));
	}

	@Test
	void loneQuoteIsNotClosed() {
		Unescaped unescaped = StringLiteral.unescape("\"");

		assertEquals("", unescaped.value());
		assertTrue(unescaped.problem().isPresent());
	}

	@Test
	void quotingEscapesWhatTheLiteralCannotHoldAndKeepsUnicode() {
		assertEquals("\"„Jedes Land“ sagt \\\"Miller\\\" \\\\ Zeile\\nzwei\\tµ\\u0007\"",
				StringLiteral.quote("„Jedes Land“ sagt \"Miller\" \\ Zeile\nzwei\tµ\u0007"));
	}

	@Test
	void quotedValuesReadBackUnchanged() {
		String value = "Miller: \"Jedes Land\" \\ C:\\Daten\n\t\u00A0 🙂";

		assertEquals(new Unescaped(value, Optional.empty()), StringLiteral.unescape(StringLiteral.quote(value)));
	}
}
