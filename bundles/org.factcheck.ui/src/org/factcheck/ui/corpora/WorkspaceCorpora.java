package org.factcheck.ui.corpora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.factcheck.claims.corpus.CorpusLocator;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.claims.corpus.IndexRoot;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.claims.ClaimDocuments;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.preferences.FactcheckPreferences;

import com.google.inject.Injector;

/**
 * The corpora of the workspace's claim files, found as the command line finds them (each file's
 * {@code corpus} line, relative to the file) and opened once for the whole workbench by the claim
 * language's corpus provider, with the cache folder of the preferences. The editor, the
 * verification and the views share the stores opened here.
 */
public final class WorkspaceCorpora {

	/** The folder a new Fact-check project keeps its documents in. */
	public static final String PROJECT_CORPUS_FOLDER = "corpus";

	private final Injector claimsInjector;
	private final FactcheckPreferences preferences;
	private final ClaimDocuments documents;
	private final List<Consumer<Path>> changeListeners = new CopyOnWriteArrayList<>();

	public WorkspaceCorpora(Injector claimsInjector, FactcheckPreferences preferences, ClaimDocuments documents) {
		this.claimsInjector = claimsInjector;
		this.preferences = preferences;
		this.documents = documents;
	}

	/**
	 * Makes a resource set of claim files open their corpora as the workbench does: with the cache
	 * folder the preferences choose. Call before loading claim files into it.
	 */
	public void configure(ResourceSet resourceSet) {
		preferences.corpusCache().ifPresent(root -> IndexRoot.install(resourceSet, root));
	}

	/** The cache folder root chosen in the preferences, if any (else the command line's default). */
	public Optional<Path> cacheRoot() {
		return preferences.corpusCache();
	}

	/** Opens (or reuses) the corpus in {@code folder}. */
	public CorpusResolution open(Path folder) {
		return provider().resolve(folder, indexDirectory(folder));
	}

	/** The store of the corpus a claim file names, opening it if needed. */
	public Optional<CorpusStore> store(IFile claimFile) {
		return corpusFolder(claimFile).flatMap(folder -> open(folder).view()).flatMap(view -> view.store());
	}

	/** The corpus folder a claim file's {@code corpus} line names, resolved as the command line does. */
	public Optional<Path> corpusFolder(IFile claimFile) {
		if (claimFile.getLocation() == null) {
			return Optional.empty();
		}
		Optional<String> line;
		try {
			line = documents.parse(ClaimSelections.read(claimFile)).corpusLine();
		} catch (IOException | CoreException e) {
			return Optional.empty();
		}
		return line.flatMap(written -> corpusFolder(claimFile.getLocation().toFile().toPath(), written));
	}

	/** Resolves a {@code corpus} line written in the claim file at {@code claimFile}. */
	public Optional<Path> corpusFolder(Path claimFile, String line) {
		ResourceImpl file = new ResourceImpl(URI.createFileURI(claimFile.toAbsolutePath().toString()));
		return claimsInjector.getInstance(CorpusLocator.class).resolve(file, line).directory();
	}

	/**
	 * The corpus folders of the workspace: those its claim files name (existing or not, so that a
	 * missing one can be shown) and the {@code corpus} folder of every open project.
	 */
	public List<Path> folders(IWorkspaceRoot root) {
		Set<Path> folders = new LinkedHashSet<>();
		for (IProject project : root.getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			for (IFile file : claimFiles(project)) {
				corpusFolder(file).ifPresent(folders::add);
			}
			IResource corpus = project.findMember(PROJECT_CORPUS_FOLDER);
			if (corpus instanceof IContainer && corpus.getLocation() != null) {
				folders.add(corpus.getLocation().toFile().toPath().toAbsolutePath().normalize());
			}
		}
		return new ArrayList<>(folders);
	}

	/** The claim files in a container and below it, skipping derived and hidden resources. */
	public static List<IFile> claimFiles(IContainer container) {
		List<IFile> files = new ArrayList<>();
		try {
			container.accept(resource -> {
				if (resource.isDerived() || resource.isHidden() || resource.getName().startsWith(".")) {
					return false;
				}
				if (resource instanceof IFile file && ClaimSelections.isClaimFile(file)) {
					files.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			// an inaccessible container has no claim files
		}
		return files;
	}

	/**
	 * Forgets the opened corpus of {@code folder} after its documents changed, so that the next
	 * use imports the changes, and tells the listeners.
	 */
	public void forget(Path folder) {
		provider().forget(folder);
		changeListeners.forEach(listener -> listener.accept(folder));
	}

	/** Called with the folder of a corpus whose documents changed. */
	public void addChangeListener(Consumer<Path> listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Consumer<Path> listener) {
		changeListeners.remove(listener);
	}

	private Optional<Path> indexDirectory(Path folder) {
		Optional<Path> root = preferences.corpusCache();
		if (root.isEmpty() || !Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try {
			return Optional.of(CorpusStore.cacheDirectoryUnder(root.get(), folder));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private StoreCorpusProvider provider() {
		if (claimsInjector.getInstance(CorpusProvider.class) instanceof StoreCorpusProvider stores) {
			return stores;
		}
		throw new IllegalStateException("the claim language's corpus provider does not open corpus stores");
	}
}
