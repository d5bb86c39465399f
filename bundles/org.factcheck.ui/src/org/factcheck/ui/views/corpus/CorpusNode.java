package org.factcheck.ui.views.corpus;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;

/**
 * A corpus folder of the workspace in the Corpus view: not opened yet, opening, open, or
 * unavailable with the reason.
 */
public final class CorpusNode implements IAdaptable {

	/** The "opening…" child shown while the corpus is imported or loaded. */
	public record Opening(CorpusNode corpus) {
	}

	/** Why the corpus cannot be shown, as its only child. */
	public record Unavailable(CorpusNode corpus, String reason) {
	}

	private final Path folder;
	private volatile CorpusResolution resolution;
	private volatile boolean opening;

	CorpusNode(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	/** The store, once opened. */
	public Optional<CorpusStore> store() {
		CorpusResolution current = resolution;
		return current == null ? Optional.empty() : current.view().flatMap(view -> view.store());
	}

	boolean isResolved() {
		return resolution != null;
	}

	/** Marks the corpus as being opened; false if it already is. */
	synchronized boolean startOpening() {
		if (opening || resolution != null) {
			return false;
		}
		opening = true;
		return true;
	}

	synchronized void opened(CorpusResolution result) {
		resolution = result;
		opening = false;
	}

	/** The documents, by id, or the reason there are none. */
	Object[] children() {
		CorpusResolution current = resolution;
		if (current == null) {
			return new Object[] { new Opening(this) };
		}
		if (current instanceof CorpusResolution.Unavailable unavailable) {
			return new Object[] { new Unavailable(this, "The corpus cannot be opened: " + unavailable.reason()) };
		}
		List<Document> documents = store().map(store -> List.copyOf(store.corpus().getDocuments())).orElse(List.of());
		return documents.stream().sorted(Comparator.comparing(Document::getId)).toArray();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return Platform.getAdapterManager().getAdapter(this, adapter);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CorpusNode node && node.folder.equals(folder);
	}

	@Override
	public int hashCode() {
		return folder.hashCode();
	}
}
