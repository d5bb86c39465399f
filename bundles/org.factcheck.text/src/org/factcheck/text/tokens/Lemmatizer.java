package org.factcheck.text.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.text.models.GermanModels;

import opennlp.tools.lemmatizer.LemmatizerME;

/** Tags tokens with their part of speech and lemma (OpenNLP German POS and lemmatizer models). */
public final class Lemmatizer {

	/** OpenNLP lemmatizers are not thread-safe and costly to create: one per thread. */
	private static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal
			.withInitial(() -> new LemmatizerME(GermanModels.lemmas()));

	private Lemmatizer() {
	}

	private static final class Holder {
		static final Lemmatizer GERMAN = new Lemmatizer();
	}

	public static Lemmatizer german() {
		return Holder.GERMAN;
	}

	/** The tokens of one sentence (or a similar unit) with tags and lemmas, in order. */
	public List<TaggedToken> tag(List<Token> tokens) {
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).text();
		}
		List<String> tagList = PartOfSpeechTagger.german().tag(tokens);
		String[] tags = tagList.toArray(String[]::new);
		String[] lemmas = LEMMATIZER.get().lemmatize(words, tags);
		List<TaggedToken> tagged = new ArrayList<>(words.length);
		for (int i = 0; i < words.length; i++) {
			String lemma = lemmas[i];
			if (lemma == null || lemma.isBlank() || lemma.equals("O") || lemma.equals("_")) {
				lemma = words[i].toLowerCase(Locale.ROOT);
			}
			tagged.add(new TaggedToken(tokens.get(i), tags[i], lemma));
		}
		return tagged;
	}
}
