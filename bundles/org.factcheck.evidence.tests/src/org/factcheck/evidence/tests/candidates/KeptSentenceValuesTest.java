package org.factcheck.evidence.tests.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.factcheck.evidence.candidates.KeptSentenceValues;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Values kept per sentence are read back only whole, for the text they were made from. */
class KeptSentenceValuesTest {

	/** A word of the text, kept by its offset. */
	private static final KeptSentenceValues.Codec<String> FIRST_WORD = new KeptSentenceValues.Codec<>() {
		@Override
		public void write(String value, String text, DataOutputStream out) throws IOException {
			out.writeInt(text.indexOf(value));
			out.writeInt(value.length());
		}

		@Override
		public String read(DataInputStream in, String text) throws IOException {
			int start = in.readInt();
			return text.substring(start, start + in.readInt());
		}
	};

	private static final String TEXT = "Die Regierung stellte 500 Polizisten ein.";

	@Test
	void aValueReadsBackOnlyWholeAndForItsText() {
		byte[] bytes = KeptSentenceValues.encode("Regierung", TEXT, FIRST_WORD);
		assertEquals("Regierung", KeptSentenceValues.decode(bytes, TEXT, FIRST_WORD));
		assertNull(KeptSentenceValues.decode(bytes, TEXT.replace("500", "900"), FIRST_WORD), "another text");
		assertNull(KeptSentenceValues.decode(bytes, TEXT + " ", FIRST_WORD), "another length");
		assertNull(KeptSentenceValues.decode(Arrays.copyOf(bytes, bytes.length - 1), TEXT, FIRST_WORD), "cut short");
		assertNull(KeptSentenceValues.decode(Arrays.copyOf(bytes, bytes.length + 1), TEXT, FIRST_WORD), "a byte too many");
		assertNull(KeptSentenceValues.decode(new byte[0], TEXT, FIRST_WORD), "empty");
		byte[] otherFormat = bytes.clone();
		otherFormat[0] = 9;
		assertNull(KeptSentenceValues.decode(otherFormat, TEXT, FIRST_WORD), "another format");
		byte[] outside = bytes.clone();
		outside[bytes.length - 5] = 0x7f;
		assertNull(KeptSentenceValues.decode(outside, TEXT, FIRST_WORD), "the codec fails: an offset outside the text");
	}

	@Test
	void aVersionNamesTheCodeAndTheAnalysesItBuildsOn() {
		String version = KeptSentenceValues.version("words-1", KeptSentenceValuesTest.class);
		assertTrue(version.startsWith("words-1/") && version.endsWith("/" + TextAnalyzer.VERSION), version);
		assertNotEquals(version, KeptSentenceValues.version("words-2", KeptSentenceValuesTest.class));
	}
}
