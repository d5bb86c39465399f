package org.factcheck.checkers.polarity.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.corpus.Content;
import org.factcheck.evidence.candidates.ContentAdapters;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * The polarity analyses of one document's sentences, computed on first use and kept as long as the
 * document's content is loaded, so that claims citing the same document do not lemmatize its
 * sentences again. Attached to the {@link Content} as an adapter; thread-safe.
 */
public final class SentencePolarities extends AdapterImpl {

	private final Map<Integer, PolarityText> texts = new ConcurrentHashMap<>();

	private SentencePolarities() {
	}

	public static SentencePolarities of(Content content) {
		return ContentAdapters.of(content, SentencePolarities.class, SentencePolarities::new);
	}

	/** The analysis of the sentence with this index, whose word analysis is given. */
	public PolarityText of(int sentenceIndex, AnalyzedText analysis) {
		return texts.computeIfAbsent(sentenceIndex, index -> PolarityText.of(analysis));
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SentencePolarities.class;
	}
}
