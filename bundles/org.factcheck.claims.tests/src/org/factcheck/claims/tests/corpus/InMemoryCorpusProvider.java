package org.factcheck.claims.tests.corpus;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.corpus.ModelCorpusView;
import org.factcheck.claims.corpus.StoreCorpusProvider;

import com.google.inject.Singleton;

/**
 * The default provider's corpus resolution and caching, with every existing corpus folder opened
 * as a {@link TestCorpus} instead of through the corpus store. Counts how often each folder is
 * opened.
 */
@Singleton
public class InMemoryCorpusProvider extends StoreCorpusProvider {

	private final Map<Path, AtomicInteger> openCounts = new ConcurrentHashMap<>();

	@Override
	protected CorpusView open(Path directory, Optional<Path> indexDirectory) {
		openCounts.computeIfAbsent(directory, unused -> new AtomicInteger()).incrementAndGet();
		return new ModelCorpusView(directory, TestCorpus.load(directory));
	}

	/** How often the folder has been opened, whatever the index folder. */
	public int openCount(Path directory) {
		AtomicInteger count = openCounts.get(directory.toAbsolutePath().normalize());
		return count == null ? 0 : count.get();
	}
}
