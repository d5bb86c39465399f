package org.factcheck.text.tests.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.factcheck.text.tests.TestCorpus;
import org.factcheck.text.tokens.Tokenizer;
import org.factcheck.text.tokens.WordSplits;
import org.junit.jupiter.api.Test;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

class WordSplitsTest {

	private static TokenizerME model() throws IOException {
		Properties names = new Properties();
		try (InputStream in = Tokenizer.class.getResourceAsStream("/data/models.properties")) {
			names.load(in);
		}
		try (InputStream in = Tokenizer.class.getResourceAsStream("/models/opennlp/" + names.getProperty("tokens"))) {
			return new TokenizerME(new TokenizerModel(in));
		}
	}

	@Test
	void remembersEachWordsSplitAndGivesExactlyTheModelsSpans() throws IOException {
		TokenizerME model = model();
		WordSplits splits = new WordSplits();
		List<Path> documents = TestCorpus.seeds();
		int compared = 0;
		for (int round = 0; round < 2; round++) {
			for (Path document : documents) {
				String text = TestCorpus.read(document);
				for (String line : text.split("\n")) {
					assertEquals(Arrays.asList(model.tokenizePos(line)), Arrays.asList(splits.tokenizePos(model, line)), line);
					compared++;
				}
			}
		}
		for (String tricky : List.of("", " ", "a", "„Das“, sagte er.", "z.B. 3,4% (etwa)", "U.S.A.\tund\u00a0USA",
				"E-Mail-Adresse:info@example.org", "Dr. Müller-Lüdenscheidt, 10.000€.")) {
			assertEquals(Arrays.asList(model.tokenizePos(tricky)), Arrays.asList(splits.tokenizePos(model, tricky)), tricky);
		}
		assertEquals(true, compared > 100);
	}

	@Test
	void aWordSplitsTheSameWhereverItOccurs() throws IOException {
		TokenizerME model = model();
		WordSplits splits = new WordSplits();
		Span[] first = splits.tokenizePos(model, "Er sagte: „Nein.“");
		Span[] again = splits.tokenizePos(model, "Sie sagte gestern:   „Nein.“ Er sagte: „Nein.“");
		assertEquals(Arrays.asList(model.tokenizePos("Er sagte: „Nein.“")), Arrays.asList(first));
		assertEquals(Arrays.asList(model.tokenizePos("Sie sagte gestern:   „Nein.“ Er sagte: „Nein.“")), Arrays.asList(again));
	}
}
