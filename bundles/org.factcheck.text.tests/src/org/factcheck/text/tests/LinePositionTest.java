package org.factcheck.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.text.LinePosition;
import org.junit.jupiter.api.Test;

class LinePositionTest {

	private static final String TEXT = "Erste Zeile\nZweite\n\nVierte Zeile";

	@Test
	void theFirstCharacterIsLineOneColumnOne() {
		assertEquals(new LinePosition(1, 0, 0), LinePosition.of(TEXT, 0));
		assertEquals(1, LinePosition.of(TEXT, 0).column());
	}

	@Test
	void anOffsetAfterLineBreaksCountsFromItsLinesStart() {
		LinePosition position = LinePosition.of(TEXT, TEXT.indexOf("Zeile", 20));
		assertEquals(4, position.line());
		assertEquals(TEXT.indexOf("Vierte"), position.lineStart());
		assertEquals(8, position.column());
	}

	@Test
	void theLineBreakItselfBelongsToItsLine() {
		LinePosition position = LinePosition.of(TEXT, TEXT.indexOf('\n'));
		assertEquals(1, position.line());
		assertEquals(12, position.column());
	}

	@Test
	void anOffsetBeyondTheTextIsTheTextsEnd() {
		LinePosition position = LinePosition.of(TEXT, TEXT.length() + 10);
		assertEquals(TEXT.length(), position.offset());
		assertEquals(4, position.line());
		assertEquals("Vierte Zeile".length() + 1, position.column());
	}
}
