package org.factcheck.ui.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.DateMention;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.NameMention;
import org.factcheck.corpus.NumberMention;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.corpus.Sentence;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;
import org.factcheck.text.segment.TextSpan;
import org.factcheck.text.tokens.PartOfSpeechTagger;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;

/**
 * What the corpus document editor highlights, computed once per document from its content: the
 * numbers, dates, quotations and page furniture the importer annotated, and names — the name
 * annotations of the content, or, where the importer found none, the proper nouns the German
 * part-of-speech tagger finds in the document's sentences.
 */
public final class DocumentHighlighting {

	/** What a highlighted span is. */
	public enum Kind {
		QUOTATION, NAME, NUMBER, DATE, FURNITURE
	}

	/** A highlighted span [start, end) of the document text. */
	public record Highlight(Kind kind, int start, int end) {
	}

	private static final String PROPER_NOUN = "PROPN";

	private DocumentHighlighting() {
	}

	/** The highlights of the content, by start; within a span, later kinds take precedence. */
	public static List<Highlight> of(Content content) {
		List<Highlight> highlights = new ArrayList<>();
		boolean names = false;
		for (Object annotation : content.getAnnotations()) {
			if (annotation instanceof QuoteMention quote) {
				highlights.add(new Highlight(Kind.QUOTATION, quote.getStart(), quote.getEnd()));
			} else if (annotation instanceof NameMention name) {
				highlights.add(new Highlight(Kind.NAME, name.getStart(), name.getEnd()));
				names = true;
			} else if (annotation instanceof NumberMention number) {
				highlights.add(new Highlight(Kind.NUMBER, number.getStart(), number.getEnd()));
			} else if (annotation instanceof DateMention date) {
				highlights.add(new Highlight(Kind.DATE, date.getStart(), date.getEnd()));
			} else if (annotation instanceof Furniture furniture) {
				highlights.add(new Highlight(Kind.FURNITURE, furniture.getStart(), furniture.getEnd()));
			}
		}
		if (!names) {
			highlights.addAll(taggedNames(content));
		}
		highlights.sort(Comparator.comparingInt(Highlight::start).thenComparing(Highlight::kind));
		return highlights;
	}

	/**
	 * Whether a word the tagger calls a proper noun is one: capitalised, and either unknown to the
	 * lexicon or known as a name (the tagger also calls titles and rare nouns proper nouns).
	 */
	private static boolean isName(String word) {
		if (!Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		String head = word.contains("-") ? word.substring(0, word.indexOf('-')) : word;
		List<Reading> readings = GermanLexicon.german().readings(head);
		return readings.isEmpty() || readings.stream().anyMatch(Reading::isName);
	}

	/** Runs of proper nouns in the content's sentences, as the part-of-speech tagger reads them. */
	private static List<Highlight> taggedNames(Content content) {
		List<Highlight> names = new ArrayList<>();
		String text = content.getText();
		for (Paragraph paragraph : content.getParagraphs()) {
			for (Sentence sentence : paragraph.getSentences()) {
				List<Token> tokens = Tokenizer.german().tokenize(text, new TextSpan(sentence.getStart(), sentence.getEnd()));
				List<String> tags = PartOfSpeechTagger.german().tag(tokens);
				int runStart = -1;
				int runEnd = -1;
				for (int i = 0; i < tokens.size(); i++) {
					Token token = tokens.get(i);
					boolean name = PROPER_NOUN.equals(tags.get(i)) && isName(token.text());
					if (name && runStart >= 0 && token.start() - runEnd <= 1) {
						runEnd = token.end();
					} else {
						if (runStart >= 0) {
							names.add(new Highlight(Kind.NAME, runStart, runEnd));
							runStart = -1;
						}
						if (name) {
							runStart = token.start();
							runEnd = token.end();
						}
					}
				}
				if (runStart >= 0) {
					names.add(new Highlight(Kind.NAME, runStart, runEnd));
				}
			}
		}
		return names;
	}
}
