package org.factcheck.claims.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.corpus.store.CorpusNotFoundException;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Opens corpora with {@link CorpusStore#open} and keeps each one open for the life of the
 * injector, one per corpus folder and index folder. Thread-safe: concurrent first requests for the
 * same corpus open it once. A corpus that fails to open is tried again on the next request, so a
 * folder created later is picked up.
 */
@Singleton
public class StoreCorpusProvider implements CorpusProvider {

	private static final Logger LOG = Logger.getLogger(StoreCorpusProvider.class);

	/** A corpus folder opened with a given index folder. */
	private record Key(Path directory, Optional<Path> indexDirectory) {
	}

	/** Opens its corpus on the first {@link #get()}; later calls return the same view. */
	private final class Opening {
		private final Key key;
		private volatile CorpusView view;

		Opening(Key key) {
			this.key = key;
		}

		synchronized CorpusView get() throws IOException {
			if (view == null) {
				view = open(key.directory(), key.indexDirectory());
			}
			return view;
		}
	}

	private final Map<Key, Opening> openings = new ConcurrentHashMap<>();

	@Inject
	private CorpusLocator locator;

	@Override
	public CorpusResolution resolve(Resource claims) {
		Optional<CorpusLocation> override = CorpusLocation.find(claims == null ? null : claims.getResourceSet());
		if (override.isPresent()) {
			return resolve(override.get().directory(), override.get().indexDirectory());
		}
		Optional<String> line = locator.corpusLine(claims);
		if (line.isEmpty()) {
			return new CorpusResolution.None();
		}
		CorpusLocator.Resolved resolved = locator.resolve(claims, line.get());
		if (resolved.directory().isEmpty()) {
			return new CorpusResolution.Unavailable(Optional.empty(), resolved.problem().orElse("unknown problem"));
		}
		return resolve(resolved.directory().get(), Optional.empty());
	}

	/** Opens or reuses the corpus in {@code directory}. */
	public CorpusResolution resolve(Path directory, Optional<Path> indexDirectory) {
		Path folder = directory.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			return new CorpusResolution.Unavailable(Optional.of(folder),
					Files.exists(folder) ? "it is not a folder" : "the folder does not exist");
		}
		Key key = new Key(folder, indexDirectory.map(index -> index.toAbsolutePath().normalize()));
		Opening opening = openings.computeIfAbsent(key, Opening::new);
		try {
			return new CorpusResolution.Available(opening.get());
		} catch (CorpusNotFoundException e) {
			openings.remove(key, opening);
			return new CorpusResolution.Unavailable(Optional.of(folder), "the folder does not exist");
		} catch (IOException | RuntimeException e) {
			openings.remove(key, opening);
			LOG.warn("Cannot open corpus " + folder, e);
			return new CorpusResolution.Unavailable(Optional.of(folder),
					"it cannot be opened: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
		}
	}

	/**
	 * Opens the corpus in {@code directory}, which exists. Called once per corpus and index folder
	 * while it succeeds.
	 */
	protected CorpusView open(Path directory, Optional<Path> indexDirectory) throws IOException {
		StoreOptions options = indexDirectory.map(StoreOptions::withIndex).orElseGet(StoreOptions::defaults);
		return new StoreCorpusView(CorpusStore.open(directory, options));
	}

	/** Closes the stores opened so far; they are opened again when next needed. */
	public void close() {
		for (Key key : openings.keySet()) {
			Opening opening = openings.remove(key);
			if (opening != null && opening.view != null) {
				opening.view.store().ifPresent(CorpusStore::close);
			}
		}
	}
}
