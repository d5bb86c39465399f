package org.factcheck.claims.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProgress;
import org.factcheck.corpus.store.StoreOptions;

/**
 * Corpora opened before the claim language's injector exists, which the first
 * {@link StoreCorpusProvider} that needs one takes instead of opening it again. A command line that
 * knows its corpus folders before it reads its claim files (from its options or the files' corpus
 * lines) opens them on its own thread while the injector is made on the other core. The outcome is
 * the provider's own: the same store options, and a failure to open is thrown to the provider as if
 * it had opened the corpus itself. Stores no provider takes are closed with
 * {@link StoreCorpusProvider#close()}. Thread-safe.
 */
public final class CorporaOpenedAhead {

	private record Key(Path directory, Optional<Path> indexDirectory) {
	}

	/** A store, or why it could not be opened. */
	private record Opened(CorpusStore store, Exception failure) {
	}

	private static final Map<Key, Opened> OPENED = new ConcurrentHashMap<>();

	private CorporaOpenedAhead() {
	}

	/**
	 * Opens the corpus in {@code directory} as a {@link StoreCorpusProvider} would for claim files
	 * whose index root is {@code indexRoot}, unless it is open already or the folder does not exist.
	 *
	 * @return the store, which stays here until a provider takes it; empty if it was not opened now
	 */
	public static Optional<CorpusStore> open(Path directory, Optional<Path> indexRoot, ImportProgress progress) {
		return open(directory, indexRoot, progress, false);
	}

	/**
	 * Opens the corpus as {@link #open(Path, Optional, ImportProgress)} does, for claim files that
	 * hold no claims when {@code problemsOnly}: its index is then opened only if something needs it
	 * after all ({@link StoreOptions#indexOnDemand()}).
	 */
	public static synchronized Optional<CorpusStore> open(Path directory, Optional<Path> indexRoot,
			ImportProgress progress, boolean problemsOnly) {
		Path folder = directory.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		Key key = key(folder, indexRoot);
		if (OPENED.containsKey(key)) {
			return Optional.empty();
		}
		Opened opened;
		try {
			opened = new Opened(CorpusStore.open(folder,
					StoreCorpusProvider.options(key.indexDirectory(), progress).withIndexOnDemand(problemsOnly)), null);
		} catch (IOException | RuntimeException e) {
			opened = new Opened(null, e);
		}
		OPENED.put(key, opened);
		return Optional.ofNullable(opened.store());
	}

	/**
	 * The stores opened ahead for the corpora in {@code directories}, for claim files whose index
	 * root is {@code indexRoot}, now the caller's, by directory as given: all of them, or none (and
	 * nothing is taken) unless every one was opened without failure.
	 */
	public static synchronized Optional<Map<Path, CorpusStore>> takeAll(Collection<Path> directories,
			Optional<Path> indexRoot) {
		Map<Path, Key> keys = new LinkedHashMap<>();
		for (Path directory : directories) {
			Key key = key(directory.toAbsolutePath().normalize(), indexRoot);
			Opened opened = OPENED.get(key);
			if (opened == null || opened.store() == null) {
				return Optional.empty();
			}
			keys.put(directory, key);
		}
		Map<Path, CorpusStore> stores = new LinkedHashMap<>();
		keys.forEach((directory, key) -> stores.put(directory, OPENED.get(key).store()));
		keys.values().forEach(OPENED::remove);
		return Optional.of(stores);
	}

	private static Key key(Path folder, Optional<Path> indexRoot) {
		return new Key(folder, StoreCorpusProvider.indexDirectoryUnder(indexRoot, folder)
				.map(index -> index.toAbsolutePath().normalize()));
	}

	/**
	 * The store opened ahead for this corpus and index folder, now the caller's; empty if none was.
	 *
	 * @throws IOException when opening it ahead failed so
	 */
	static Optional<CorpusStore> take(Path directory, Optional<Path> indexDirectory) throws IOException {
		Opened opened = OPENED.remove(new Key(directory, indexDirectory));
		if (opened == null) {
			return Optional.empty();
		}
		if (opened.failure() instanceof IOException e) {
			throw e;
		}
		if (opened.failure() instanceof RuntimeException e) {
			throw e;
		}
		return Optional.of(opened.store());
	}

	/** Closes the stores that no provider took (also done by {@link StoreCorpusProvider#close()}). */
	public static void closeUntaken() {
		for (Key key : OPENED.keySet()) {
			Opened opened = OPENED.remove(key);
			if (opened != null && opened.store() != null) {
				opened.store().close();
			}
		}
	}
}
