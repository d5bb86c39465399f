package org.factcheck.claims.corpus;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The corpus that all claim files of a resource set refer to, overriding their {@code corpus}
 * lines: what the command line's {@code --corpus} or an IDE setting chooses. Install it before the
 * claim files are loaded.
 */
public final class CorpusLocation extends AdapterImpl {

	private final Path directory;
	private final Optional<Path> indexDirectory;

	private CorpusLocation(Path directory, Optional<Path> indexDirectory) {
		this.directory = directory.toAbsolutePath().normalize();
		this.indexDirectory = indexDirectory.map(index -> index.toAbsolutePath().normalize());
	}

	/**
	 * Makes {@code corpusDirectory} the corpus of every claim file in the resource set, replacing
	 * an override installed before.
	 *
	 * @param indexDirectory where the corpus store keeps its cache and index; empty for its default
	 */
	public static void install(ResourceSet resourceSet, Path corpusDirectory, Optional<Path> indexDirectory) {
		Objects.requireNonNull(corpusDirectory, "corpusDirectory");
		Objects.requireNonNull(indexDirectory, "indexDirectory");
		uninstall(resourceSet);
		resourceSet.eAdapters().add(new CorpusLocation(corpusDirectory, indexDirectory));
	}

	/** Removes the override, so that each file's {@code corpus} line applies again. */
	public static void uninstall(ResourceSet resourceSet) {
		resourceSet.eAdapters().removeIf(CorpusLocation.class::isInstance);
	}

	/** The override installed on the resource set, if any. */
	public static Optional<CorpusLocation> find(ResourceSet resourceSet) {
		if (resourceSet == null) {
			return Optional.empty();
		}
		for (Adapter adapter : resourceSet.eAdapters()) {
			if (adapter instanceof CorpusLocation location) {
				return Optional.of(location);
			}
		}
		return Optional.empty();
	}

	/** The corpus folder, absolute and normalised. */
	public Path directory() {
		return directory;
	}

	/** Where the store keeps its cache and index; empty for the store's default. */
	public Optional<Path> indexDirectory() {
		return indexDirectory;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == CorpusLocation.class;
	}

	@Override
	public String toString() {
		return "CorpusLocation[" + directory + indexDirectory.map(index -> ", index " + index).orElse("") + "]";
	}
}
