package org.factcheck.claims.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.corpus.store.CorpusNotFoundException;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProgress;
import org.factcheck.corpus.store.StoreOptions;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Opens corpora with {@link CorpusStore#open} and keeps each one open for the life of the
 * injector, one per corpus folder and index folder. Thread-safe: concurrent first requests for the
 * same corpus open it once. A folder that does not exist is looked for again on every request, so
 * one created later is picked up; a corpus that exists but fails to open is tried again once
 * {@link #RETRY_AFTER} has passed, so that a file with many citations does not open it once per
 * citation.
 */
@Singleton
public class StoreCorpusProvider implements CorpusProvider {

	/** How long a failure to open a corpus is remembered. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final Logger LOG = Logger.getLogger(StoreCorpusProvider.class);

	/** A corpus folder opened with a given index folder. */
	private record Key(Path directory, Optional<Path> indexDirectory) {
	}

	/** Opens its corpus on the first {@link #get()}; later calls return the same view or failure. */
	private final class Opening {
		private final Key key;
		private volatile CorpusView view;
		private Exception failure;
		private Instant failedAt;

		Opening(Key key) {
			this.key = key;
		}

		synchronized CorpusView get() throws Exception {
			if (view != null) {
				return view;
			}
			if (failure != null && now().isBefore(failedAt.plus(RETRY_AFTER))) {
				throw failure;
			}
			try {
				view = open(key.directory(), key.indexDirectory());
				failure = null;
				return view;
			} catch (CorpusNotFoundException e) {
				throw e;
			} catch (IOException | RuntimeException e) {
				LOG.warn("Cannot open corpus " + key.directory(), e);
				failure = e;
				failedAt = now();
				throw e;
			}
		}
	}

	private final Map<Key, Opening> openings = new ConcurrentHashMap<>();

	@Inject
	private CorpusLocator locator;

	private volatile ImportProgress importProgress = ImportProgress.NONE;

	/** Tells {@code progress} how the imports of corpora opened from now on advance. */
	public void setImportProgress(ImportProgress progress) {
		this.importProgress = progress;
	}

	@Override
	public CorpusResolution resolve(Resource claims) {
		ResourceSet resourceSet = claims == null ? null : claims.getResourceSet();
		Optional<Path> indexRoot = IndexRoot.find(resourceSet).map(IndexRoot::directory);
		Optional<CorpusLocation> override = CorpusLocation.find(resourceSet);
		if (override.isPresent()) {
			Path directory = override.get().directory();
			return resolve(directory, override.get().indexDirectory().or(() -> indexDirectoryUnder(indexRoot, directory)));
		}
		Optional<String> line = locator.corpusLine(claims);
		if (line.isEmpty()) {
			return new CorpusResolution.None();
		}
		CorpusLocator.Resolved resolved = locator.resolve(claims, line.get());
		if (resolved.directory().isEmpty()) {
			return new CorpusResolution.Unavailable(Optional.empty(), resolved.problem().orElse("unknown problem"));
		}
		Path directory = resolved.directory().get();
		return resolve(directory, indexDirectoryUnder(indexRoot, directory));
	}

	/** The corpus's own folder below the index root the user chose, if any (and the corpus exists). */
	static Optional<Path> indexDirectoryUnder(Optional<Path> root, Path corpus) {
		if (root.isEmpty() || !Files.isDirectory(corpus)) {
			return Optional.empty();
		}
		try {
			return Optional.of(CorpusStore.cacheDirectoryUnder(root.get(), corpus));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Opens or reuses the corpus in {@code directory}. */
	public CorpusResolution resolve(Path directory, Optional<Path> indexDirectory) {
		Path folder = directory.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			return new CorpusResolution.Unavailable(Optional.of(folder),
					Files.exists(folder) ? "it is not a folder" : "the folder does not exist");
		}
		Key key = new Key(folder, indexDirectory.map(index -> index.toAbsolutePath().normalize()));
		try {
			return new CorpusResolution.Available(openings.computeIfAbsent(key, Opening::new).get());
		} catch (CorpusNotFoundException e) {
			return new CorpusResolution.Unavailable(Optional.of(folder), "the folder does not exist");
		} catch (Exception e) {
			return new CorpusResolution.Unavailable(Optional.of(folder),
					"it cannot be opened: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
		}
	}

	/**
	 * Opens the corpus in {@code directory}, which exists, or takes the store
	 * {@link CorporaOpenedAhead} opened for it. Called once per corpus and index folder when it
	 * succeeds.
	 */
	protected CorpusView open(Path directory, Optional<Path> indexDirectory) throws IOException {
		Optional<CorpusStore> ahead = CorporaOpenedAhead.take(directory, indexDirectory);
		if (ahead.isPresent()) {
			return new StoreCorpusView(ahead.get());
		}
		return new StoreCorpusView(CorpusStore.open(directory, options(indexDirectory, importProgress)));
	}

	/** How a corpus with its cache in {@code indexDirectory} (the store's default if empty) is opened. */
	static StoreOptions options(Optional<Path> indexDirectory, ImportProgress progress) {
		return indexDirectory.map(StoreOptions::withIndex).orElseGet(StoreOptions::defaults).withProgress(progress);
	}

	/** The current time; failures to open are remembered for {@link #RETRY_AFTER} from it. */
	protected Instant now() {
		return Instant.now();
	}

	/**
	 * Forgets the corpus opened from {@code directory} (with any index folder), so that the next
	 * request opens it again and sees the documents added, changed or removed since. The forgotten
	 * stores stay open: results computed from them may still read their documents.
	 */
	public void forget(Path directory) {
		Path folder = directory.toAbsolutePath().normalize();
		openings.keySet().removeIf(key -> key.directory().equals(folder));
	}

	/**
	 * Closes the stores opened so far, and those {@link CorporaOpenedAhead} opened that no provider
	 * took; they are opened again when next needed.
	 */
	public void close() {
		for (Key key : openings.keySet()) {
			Opening opening = openings.remove(key);
			if (opening != null && opening.view != null) {
				opening.view.store().ifPresent(CorpusStore::close);
			}
		}
		CorporaOpenedAhead.closeUntaken();
	}
}
