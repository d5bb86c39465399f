package org.factcheck.checkers.names.tests.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.factcheck.checkers.names.gazetteer.Gazetteer;
import org.factcheck.checkers.names.gazetteer.GazetteerMatch;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

/** The longest known name starting at a token. */
class GazetteerTest {

	private static GazetteerMatch nameAt(String text, int first) {
		List<Token> tokens = Tokenizer.german().tokenize(text);
		return Gazetteer.german().nameAt(tokens, first);
	}

	@Test
	void theLongestNameOfSeveralWordsIsFound() {
		GazetteerMatch match = nameAt("Die Vereinigten Staaten von Amerika schlossen ab.", 1);
		assertNotNull(match);
		assertEquals(1, match.first());
		assertEquals(4, match.last());
	}

	@Test
	void aShorterNameWithTheSameFirstWordIsFoundWhereTheLongerEnds() {
		GazetteerMatch match = nameAt("Die Vereinigten Staaten schlossen ab.", 1);
		assertNotNull(match);
		assertEquals(2, match.last());
	}

	@Test
	void aNameInTheGenitiveIsFound() {
		GazetteerMatch match = nameAt("Südkoreas Regierung widersprach.", 0);
		assertNotNull(match);
		assertEquals(0, match.last());
	}

	@Test
	void noNameStartsAtAnOrdinaryWordOrAfterTheLastToken() {
		assertNull(nameAt("Die Regierung widersprach.", 1));
		assertNull(nameAt("Die Regierung widersprach.", 4));
	}
}
