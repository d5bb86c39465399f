package org.factcheck.claims.corpus;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Where the corpora of the claim files of a resource set keep their index and import cache, when
 * the user chose a place (the command line's {@code --index}): one folder per corpus below this
 * root, instead of below the default cache directory.
 */
public final class IndexRoot extends AdapterImpl {

	private final Path directory;

	private IndexRoot(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** Install before the claim files are loaded; replaces a root installed before. */
	public static void install(ResourceSet resourceSet, Path directory) {
		resourceSet.eAdapters().removeIf(IndexRoot.class::isInstance);
		resourceSet.eAdapters().add(new IndexRoot(directory));
	}

	public static Optional<IndexRoot> find(ResourceSet resourceSet) {
		if (resourceSet == null) {
			return Optional.empty();
		}
		for (Adapter adapter : resourceSet.eAdapters()) {
			if (adapter instanceof IndexRoot root) {
				return Optional.of(root);
			}
		}
		return Optional.empty();
	}

	public Path directory() {
		return directory;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == IndexRoot.class;
	}
}
