package org.factcheck.checkers.polarity.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.corpus.Content;
import org.factcheck.evidence.candidates.ContentAdapters;
import org.factcheck.evidence.candidates.KeptSentenceValues;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * The polarity analyses of one document's sentences, computed on first use and kept as long as the
 * document's content is loaded, so that claims citing the same document do not analyse its
 * sentences again; and kept with the corpus cache ({@link KeptSentenceValues}, as
 * {@link PolarityTextCodec} writes them), so that a later run reads them instead. Attached to the
 * {@link Content} as an adapter; thread-safe.
 */
public final class SentencePolarities extends AdapterImpl {

	/** The kind of kept values under which a sentence's polarity text is kept with the corpus cache. */
	public static final String KIND = "sentence-polarities";

	/**
	 * What the kept texts were computed by: a number raised whenever {@link PolarityText} or what it
	 * reads (clause splitter, lexicons) changes its results, with this bundle's and the analyses' versions.
	 */
	public static final String VERSION = KeptSentenceValues.version("polarities-1", PolarityText.class);

	private final Map<Integer, PolarityText> texts = new ConcurrentHashMap<>();

	private SentencePolarities() {
	}

	/** The polarity text of the content's sentence with this index, whose word analysis is given. */
	public static PolarityText of(Content content, int sentenceIndex, AnalyzedText analysis) {
		return ContentAdapters.of(content, SentencePolarities.class, SentencePolarities::new).texts.computeIfAbsent(
				sentenceIndex, index -> KeptSentenceValues.of(content, KIND, VERSION, index, analysis.text(),
						new PolarityTextCodec(analysis), () -> PolarityText.of(analysis)));
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SentencePolarities.class;
	}
}
