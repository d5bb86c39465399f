package org.factcheck.cli.verify;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.claims.corpus.CorporaOpenedAhead;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.claims.LoadedClaimFile;

/**
 * Claim files that all hold nothing but their corpus lines ({@link CorpusLine#soleFolder}), loaded
 * without the claim language, whose injector a run of such files then never makes. The claim
 * language would read each of them without a claim, a problem or a warning, and give it the store
 * opened ahead for its folder; so are they loaded here, when every one of their corpora was opened
 * ahead without failure. Otherwise the claim language loads them, and reports what is wrong.
 */
final class CorpusOnlyFiles {

	private final Map<Path, Path> folders;

	private CorpusOnlyFiles(Map<Path, Path> folders) {
		this.folders = folders;
	}

	/** The files, if every one holds nothing but its corpus line (so do none at all). */
	static Optional<CorpusOnlyFiles> of(List<Path> files) {
		Map<Path, Path> folders = new LinkedHashMap<>();
		for (Path file : files) {
			Optional<Path> folder = CorpusLine.soleFolder(file);
			if (folder.isEmpty()) {
				return Optional.empty();
			}
			folders.put(file, folder.get());
		}
		return Optional.of(new CorpusOnlyFiles(folders));
	}

	/**
	 * Whether the raw arguments of a {@code verify} name claim files ({@code *.claims}) that all hold
	 * nothing but their corpus lines, and no {@code --corpus}: a guess before the options are parsed,
	 * which decides only whether the claim language is made ahead.
	 */
	static boolean namedIn(String[] args) {
		boolean named = false;
		for (String arg : args) {
			if (arg.equals("--corpus") || arg.startsWith("--corpus=")) {
				return false;
			}
			if (arg.endsWith(ClaimPaths.EXTENSION)) {
				try {
					if (CorpusLine.soleFolder(Path.of(arg)).isEmpty()) {
						return false;
					}
				} catch (InvalidPathException e) {
					return false;
				}
				named = true;
			}
		}
		return named;
	}

	/**
	 * The files as the claim language loads them, with the stores opened ahead for claim files whose
	 * index root is {@code indexRoot}, now the caller's to close; empty (and no store taken) unless
	 * all of them were opened.
	 */
	Optional<List<LoadedClaimFile>> load(Optional<Path> indexRoot) {
		return CorporaOpenedAhead.takeAll(new LinkedHashSet<>(folders.values()), indexRoot)
				.map(stores -> folders.entrySet().stream().map(file -> new LoadedClaimFile(file.getKey(), List.of(),
						List.of(), List.of(), Optional.of(stores.get(file.getValue())))).toList());
	}

	/** Closes the stores of files {@link #load} loaded. */
	static void close(List<LoadedClaimFile> files) {
		files.stream().flatMap(file -> file.corpus().stream()).distinct().forEach(CorpusStore::close);
	}
}
