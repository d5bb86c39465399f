package org.factcheck.checkers.names.entities;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.corpus.Content;
import org.factcheck.evidence.candidates.ContentAdapters;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * The entities of one document's sentences found by their own cues ({@link EntityFinder#find(AnalyzedText)}),
 * computed on first use and kept as long as the document's content is loaded, so that the claims
 * whose evidence includes a sentence do not look its names up again. Attached to the
 * {@link Content} as an adapter; thread-safe.
 */
public final class SentenceEntities extends AdapterImpl {

	private final Map<Integer, List<EntityMention>> found = new ConcurrentHashMap<>();

	private SentenceEntities() {
	}

	/**
	 * The entities of a corpus sentence, given its analysis (the evidence library's analysis of that
	 * sentence); found in the analysis directly when the document's content is not at hand.
	 */
	public static List<EntityMention> of(CorpusAccess corpus, String documentId, int sentenceIndex,
			AnalyzedText analysis, EntityFinder finder) {
		Optional<Content> content = corpus.content(documentId);
		if (content.isEmpty()) {
			return finder.find(analysis);
		}
		return of(content.get()).found.computeIfAbsent(sentenceIndex, index -> List.copyOf(finder.find(analysis)));
	}

	private static SentenceEntities of(Content content) {
		return ContentAdapters.of(content, SentenceEntities.class, SentenceEntities::new);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SentenceEntities.class;
	}
}
