package org.factcheck.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusPackage;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.cache.CacheLocation;
import org.factcheck.corpus.store.cache.CacheLock;
import org.factcheck.corpus.store.cache.CacheUpdater;
import org.factcheck.corpus.store.cache.ContentResources;
import org.factcheck.corpus.store.index.SentenceIndex;

/**
 * A corpus folder opened for verification: document metadata, lazily loaded content and a German
 * full-text sentence index, kept in a cache directory outside the corpus folder and reused while
 * the documents do not change. Thread-safe.
 * <p>
 * A corpus folder holds UTF-8 {@code .txt} files, saved web pages ({@code .html}, {@code .htm})
 * and PDF files, one document each (id = file name without extension; LICENSE and README files
 * are not documents), JSON lines dumps ({@code .jsonl}) with one document per line, and optionally
 * a {@code manifest.jsonl} with metadata that wins over what the importer reads from the files
 * (see {@link org.factcheck.corpus.formats.DocumentFormats}).
 * Read a document's content through {@link #content(String)}: it loads the content resource under
 * a lock, so several threads may ask at once.
 */
public final class CorpusStore implements AutoCloseable {

	private final Path corpusDirectory;
	private final Path cacheDirectory;
	private final ResourceSet resources;
	private final Corpus corpus;
	private final Map<String, Document> documents = new HashMap<>();
	private final SentenceIndex index;
	private final List<ImportProblem> problems;
	private final ImportSummary summary;
	private final Object contentLock = new Object();

	private CorpusStore(Path corpusDirectory, Path cacheDirectory, ResourceSet resources, Corpus corpus,
			SentenceIndex index, List<ImportProblem> problems, ImportSummary summary) {
		this.corpusDirectory = corpusDirectory;
		this.cacheDirectory = cacheDirectory;
		this.resources = resources;
		this.corpus = corpus;
		this.index = index;
		this.problems = List.copyOf(problems);
		this.summary = summary;
		for (Document document : corpus.getDocuments()) {
			documents.put(document.getId(), document);
		}
	}

	/**
	 * Opens the corpus in {@code corpusDirectory}, importing new or changed documents and reusing
	 * the cached import and index of unchanged ones. A document that cannot be imported is reported
	 * in {@link #problems()} and left out; it never stops the others.
	 *
	 * @throws CorpusNotFoundException if the folder does not exist or is not a folder
	 * @throws IOException             if the cache cannot be written or read
	 */
	public static CorpusStore open(Path corpusDirectory, StoreOptions options) throws IOException {
		long started = System.nanoTime();
		if (corpusDirectory == null || !Files.isDirectory(corpusDirectory)) {
			throw new CorpusNotFoundException(corpusDirectory);
		}
		Path corpusFolder = corpusDirectory.toRealPath();
		Path cacheDirectory = options.indexDirectory().orElse(CacheLocation.defaultFor(corpusFolder)).toAbsolutePath()
				.normalize();
		CacheUpdater updater = new CacheUpdater(corpusFolder, cacheDirectory).withProgress(options.progress());
		CacheUpdater.Result result;
		ResourceSet resources;
		Corpus corpus;
		SentenceIndex index;
		try (CacheLock ignored = CacheLock.acquire(cacheDirectory)) {
			result = updater.update();
			if (result.corpus() != null) {
				resources = result.resources();
				corpus = result.corpus();
			} else {
				resources = ContentResources.newResourceSet();
				corpus = ContentResources.loadCorpus(resources, updater.corpusFile());
			}
			index = SentenceIndex.open(updater.indexDirectory());
		}
		ImportSummary done = result.summary();
		ImportSummary summary = new ImportSummary(done.documents(), done.imported(), done.unchanged(), done.removed(),
				done.rebuilt(), Duration.ofNanos(System.nanoTime() - started));
		return new CorpusStore(corpusFolder, cacheDirectory, resources, corpus, index, result.problems(), summary);
	}

	/** The default cache directory of a corpus folder (see {@link StoreOptions}). */
	public static Path defaultCacheDirectory(Path corpusDirectory) throws IOException {
		return CacheLocation.defaultFor(corpusDirectory);
	}

	/** The cache directory of a corpus below a cache root chosen by the user (one folder per corpus). */
	public static Path cacheDirectoryUnder(Path root, Path corpusDirectory) throws IOException {
		return CacheLocation.under(root, corpusDirectory);
	}

	public Path corpusDirectory() {
		return corpusDirectory;
	}

	/** Where this corpus's import cache and index live. */
	public Path cacheDirectory() {
		return cacheDirectory;
	}

	/** All documents with their metadata; their content is loaded on first access. */
	public Corpus corpus() {
		return corpus;
	}

	public Optional<Document> document(String id) {
		return Optional.ofNullable(documents.get(id));
	}

	/** The document's text, paragraphs, sentences and annotations, loaded on first request. */
	public Optional<Content> content(String documentId) {
		Document document = documents.get(documentId);
		if (document == null) {
			return Optional.empty();
		}
		synchronized (contentLock) {
			Content content = document.getContent();
			return content == null || content.eIsProxy() ? Optional.empty() : Optional.of(content);
		}
	}

	/** Whether the content of a document has been loaded (for diagnostics and tests). */
	public boolean isContentLoaded(String documentId) {
		Document document = documents.get(documentId);
		if (document == null) {
			return false;
		}
		synchronized (contentLock) {
			Object content = document.eGet(CorpusPackage.Literals.DOCUMENT__CONTENT, false);
			return content instanceof Content c && !c.eIsProxy();
		}
	}

	/**
	 * The sentences that best match {@code text}, best first, never page furniture.
	 *
	 * @param documentIds restricts the search to these documents; empty means the whole corpus
	 */
	public List<SentenceMatch> search(String text, Set<String> documentIds, int limit) {
		return index.search(text, documentIds == null ? Set.of() : documentIds, limit);
	}

	/** Problems met while importing, one per document or passage that could not be read fully. */
	public List<ImportProblem> problems() {
		return problems;
	}

	/** What opening the corpus imported, reused and removed, and how long it took. */
	public ImportSummary importSummary() {
		return summary;
	}

	@Override
	public void close() {
		try {
			index.close();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot close the sentence index of " + corpusDirectory, e);
		} finally {
			synchronized (contentLock) {
				for (Resource resource : List.copyOf(resources.getResources())) {
					resource.unload();
				}
				resources.getResources().clear();
			}
		}
	}
}
