package org.factcheck.text.tests.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factcheck.text.encoding.DecodedText;
import org.factcheck.text.encoding.DecodingProblem;
import org.factcheck.text.encoding.TextDecoder;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

	@Test
	void utf8IsReadAsItIs() {
		DecodedText decoded = TextDecoder.decode("Grüße aus Wien – „zitiert“.".getBytes(StandardCharsets.UTF_8));
		assertEquals("Grüße aus Wien – „zitiert“.", decoded.text());
		assertEquals(List.of(), decoded.problems());
	}

	@Test
	void emptyAndByteOrderMarkOnlyInputsAreEmptyTexts() {
		assertEquals("", TextDecoder.decode(new byte[0]).text());
		DecodedText bom = TextDecoder.decode(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		assertEquals("", bom.text());
		assertEquals(List.of(), bom.problems());
	}

	@Test
	void utf16WithAByteOrderMarkIsReadAsUtf16() {
		byte[] text = "\uFEFFWien".getBytes(StandardCharsets.UTF_16LE);
		assertEquals("Wien", TextDecoder.decode(text).text());
	}

	@Test
	void aFileWithoutAnyUtf8SequenceIsLatinOne() {
		DecodedText decoded = TextDecoder.decode("Zeile eins\nGrüße \u201Eaus\u201C Wien\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
		assertEquals("Zeile eins\nGrüße \u201Eaus\u201C Wien\n", decoded.text());
		assertEquals(List.of(new DecodingProblem(2, 3, "not UTF-8 (byte 0xFC here); read as Latin-1 (Windows-1252)")),
				decoded.problems());
	}

	@Test
	void invalidBytesAmongUtf8AreReplacedAndReportedAtTheirPosition() {
		byte[] bytes = "Grüße\nab X".getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 1] = (byte) 0xC3;
		DecodedText decoded = TextDecoder.decode(bytes);
		assertEquals("Grüße\nab \uFFFD", decoded.text());
		assertEquals(List.of(new DecodingProblem(2, 4, "invalid UTF-8 (1 byte) replaced by U+FFFD")), decoded.problems());
	}

	@Test
	void manyInvalidSequencesAreCountedAfterTheFirstTen() {
		StringBuilder text = new StringBuilder("ü");
		byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[valid.length + 30];
		System.arraycopy(valid, 0, bytes, 0, valid.length);
		for (int i = valid.length; i < bytes.length; i += 2) {
			bytes[i] = (byte) 0xFF;
			bytes[i + 1] = ' ';
		}
		List<DecodingProblem> problems = TextDecoder.decode(bytes).problems();
		assertEquals(11, problems.size());
		assertTrue(problems.get(10).message().startsWith("5 more invalid UTF-8 sequences"), problems.get(10).message());
	}
}
