package org.factcheck.claims.corpus;

import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.corpus.store.CorpusStore;

/**
 * Finds and opens the corpus that applies to a claims resource: the {@link CorpusLocation}
 * installed on its resource set, else the folder its {@code corpus "DIR"} line names relative to
 * the file, else none. Bound in the runtime module; tests bind one that serves in-memory corpora.
 */
public interface CorpusProvider {

	/** The corpus of the resource, opening it on first use. Never throws. */
	CorpusResolution resolve(Resource claims);

	/** The opened corpus of the resource, if there is one. */
	default Optional<CorpusView> view(Resource claims) {
		return resolve(claims).view();
	}

	/** The store behind the resource's corpus, when there is one and it is backed by a store. */
	default Optional<CorpusStore> store(Resource claims) {
		return view(claims).flatMap(CorpusView::store);
	}
}
