package org.factcheck.text.tokens;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.text.models.GermanModels;

import opennlp.tools.postag.POSTaggerME;

/**
 * Tags tokens with their Universal Dependencies part of speech (NOUN, PROPN, VERB, ADJ, NUM, ...)
 * using the OpenNLP German model, with the words it takes for punctuation
 * ({@link WordsTakenForPunctuation}), the names it takes for pronouns, articles or prepositions
 * ({@link NamesTakenForPronouns})
 * and the finite verb of a sentence it leaves without one
 * ({@link VerblessSentences}) put right. About ten times faster than {@link Lemmatizer}, which adds
 * statistical lemmas; use this where tags suffice. Thread-safe.
 */
public final class PartOfSpeechTagger {

	/** OpenNLP taggers are not thread-safe and costly to create (they parse their feature descriptors): one per thread. */
	private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal
			.withInitial(() -> new POSTaggerME(GermanModels.partsOfSpeech()));

	private PartOfSpeechTagger() {
	}

	private static final class Holder {
		static final PartOfSpeechTagger GERMAN = new PartOfSpeechTagger();
	}

	public static PartOfSpeechTagger german() {
		return Holder.GERMAN;
	}

	/** The tags of one sentence's tokens, in order. */
	public List<String> tag(List<Token> tokens) {
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).text();
		}
		List<String> tags = new ArrayList<>(List.of(TAGGER.get().tag(words)));
		WordsTakenForPunctuation.retag(tokens, tags);
		NamesTakenForPronouns.retag(tokens, tags);
		VerblessSentences.restoreFiniteVerb(tokens, tags);
		return tags;
	}
}
