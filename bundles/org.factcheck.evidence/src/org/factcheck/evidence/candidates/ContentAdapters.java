package org.factcheck.evidence.candidates;

import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
import org.factcheck.corpus.Content;

/**
 * What is computed once per document and kept as long as its content is loaded (sentence analyses,
 * polarities, entities) lives in an adapter on the {@link Content}: one of each type per content.
 */
public final class ContentAdapters {

	private ContentAdapters() {
	}

	/** The content's adapter of this type, attached first by {@code create} if it has none; thread-safe. */
	public static <T extends Adapter> T of(Content content, Class<T> type, Supplier<T> create) {
		synchronized (content) {
			for (Adapter adapter : content.eAdapters()) {
				if (type.isInstance(adapter)) {
					return type.cast(adapter);
				}
			}
			T created = create.get();
			content.eAdapters().add(created);
			return created;
		}
	}
}
