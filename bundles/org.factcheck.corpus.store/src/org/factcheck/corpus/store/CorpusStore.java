package org.factcheck.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusPackage;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.cache.CacheLocation;
import org.factcheck.corpus.store.cache.CacheLock;
import org.factcheck.corpus.store.cache.CacheUpdater;
import org.factcheck.corpus.store.cache.ContentCodec;
import org.factcheck.corpus.store.cache.ContentHandover;
import org.factcheck.corpus.store.cache.ContentRepair;
import org.factcheck.corpus.store.cache.DamagedCacheException;
import org.factcheck.corpus.store.cache.DocumentRecord;
import org.factcheck.corpus.store.cache.Generation;
import org.factcheck.corpus.store.cache.StoreResources;
import org.factcheck.corpus.store.derived.DerivedDataFiles;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
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
 * <p>
 * An opened store reads one generation of the cache: what other processes update later is not
 * seen, and what it serves never mixes two generations. Everything it reads is checked against a
 * checksum; a damaged document is read again from its file (and the cache repaired by the next
 * update), with a line in {@link #notices()}.
 * <p>
 * {@link #open} brings the cache up to date with every file of the folder (its stamp, and its
 * content where the stamp does not vouch for it) before it serves anything, not only with the
 * files a caller will read: what a verdict rests on is not known in advance. Every claim's
 * evidence includes a {@link #search search} of the whole corpus, whose hits and their order
 * depend on every document's sentences and on the index's term statistics; whether a cited id
 * exists depends on the folder's listing. A document checked only when first read could be
 * missed as a hit it has become, or still be found for a sentence it no longer has.
 */
public final class CorpusStore implements AutoCloseable {

	private final Path corpusDirectory;
	private final Path cacheDirectory;
	private final Generation generation;
	private final StoreResources resources;
	private final ContentRepair repair;
	private final DerivedDataFiles derived;
	private final ContentHandover handover;
	private volatile SentenceIndex index;
	private final Object indexLock = new Object();
	private final GermanSentenceAnalyzer analyzer = new GermanSentenceAnalyzer();
	private final List<ImportProblem> problems;
	private final ImportSummary summary;
	private final List<String> notices = new CopyOnWriteArrayList<>();
	private final Set<String> reportedDamage = ConcurrentHashMap.newKeySet();
	/**
	 * The texts of contents loaded intact from the cache, by document id: held weakly, as the loaded
	 * content holds them, and gone with it when it is unloaded and collected.
	 */
	private final Map<String, Reference<String>> loadedTexts = new ConcurrentHashMap<>();
	private final Map<String, Document> documents = new HashMap<>();
	private final Object documentLock = new Object();
	private boolean allDocuments;

	private CorpusStore(Path corpusDirectory, Path cacheDirectory, CacheUpdater.Result update, Duration elapsed) {
		this.corpusDirectory = corpusDirectory;
		this.cacheDirectory = cacheDirectory;
		this.generation = update.generation();
		this.problems = List.copyOf(update.problems());
		ImportSummary done = update.summary();
		this.summary = new ImportSummary(done.documents(), done.imported(), done.unchanged(), done.removed(),
				done.rebuilt(), elapsed);
		this.notices.addAll(update.notices());
		ContentHandover handover = new ContentHandover();
		this.repair = new ContentRepair(corpusDirectory, cacheDirectory, generation,
				id -> damaged(id, "its content was damaged; the document was read again from its file"), handover);
		this.derived = new DerivedDataFiles(cacheDirectory.resolve("derived"), notices::add);
		if (summary.removed() > 0) {
			derived.keepOnly(generation.ids());
		}
		this.resources = new StoreResources(cacheDirectory.getFileName().toString(),
				(id, resource) -> repair.load(id, resource) && withDerivedData(id, resource) && withLoadedText(id, resource));
		this.handover = handover;
	}

	/** The sentence index, made when first searched (the generation may open its index only then). */
	private SentenceIndex index() {
		SentenceIndex made = index;
		if (made != null) {
			return made;
		}
		synchronized (indexLock) {
			if (index == null) {
				index = new SentenceIndex(generation.searcher(), analyzer, documentText(),
						id -> damaged(id, "an indexed sentence failed its checksum and was left out of the search"));
			}
			return index;
		}
	}

	private SentenceIndex.DocumentText documentText() {
		return new SentenceIndex.DocumentText() {

			@Override
			public String of(String documentId, byte[] content) {
				String text = documentText(documentId, content);
				if (text != null) {
					handover.offer(documentId, content);
				}
				return text;
			}

			@Override
			public String loaded(String documentId) {
				Reference<String> text = loadedTexts.get(documentId);
				return text == null ? null : text.get();
			}
		};
	}

	/** The text of stored content bytes, or null if they are damaged (the sentence is then left out). */
	private static String documentText(String documentId, byte[] content) {
		try {
			return ContentCodec.text(documentId, content);
		} catch (DamagedCacheException e) {
			return null;
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
		CacheUpdater updater = new CacheUpdater(corpusFolder, cacheDirectory, Runtime.getRuntime().availableProcessors())
				.withProgress(options.progress()).withIndexOnDemand(options.indexOnDemand());
		CacheUpdater.Result result;
		try (CacheLock ignored = CacheLock.acquire(cacheDirectory)) {
			result = updater.update();
		}
		return new CorpusStore(corpusFolder, cacheDirectory, result, Duration.ofNanos(System.nanoTime() - started));
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

	/** All documents with their metadata, in id order; their content is loaded on first access. */
	public Corpus corpus() {
		synchronized (documentLock) {
			if (!allDocuments) {
				for (String id : generation.ids()) {
					documentLocked(id);
				}
				ECollections.sort(resources.corpus().getDocuments(), Comparator.comparing(Document::getId));
				resources.corpus().setLocation(corpusDirectory.toString());
				allDocuments = true;
			}
			return resources.corpus();
		}
	}

	public Optional<Document> document(String id) {
		synchronized (documentLock) {
			return Optional.ofNullable(documentLocked(id));
		}
	}

	private Document documentLocked(String id) {
		Document document = documents.get(id);
		if (document == null && !allDocuments) {
			DocumentRecord record = generation.record(id);
			if (record != null) {
				document = record.toDocument();
				document.setContent(resources.contentProxy(id));
				resources.corpus().getDocuments().add(document);
				documents.put(id, document);
			}
		}
		return document;
	}

	/** The document's text, paragraphs, sentences and annotations, loaded on first request. */
	public Optional<Content> content(String documentId) {
		Optional<Document> document = document(documentId);
		if (document.isEmpty()) {
			return Optional.empty();
		}
		synchronized (resources.resourceSet()) {
			Content content = document.get().getContent();
			return content == null || content.eIsProxy() ? Optional.empty() : Optional.of(content);
		}
	}

	/** Whether the content of a document has been loaded (for diagnostics and tests). */
	public boolean isContentLoaded(String documentId) {
		Optional<Document> document = document(documentId);
		if (document.isEmpty()) {
			return false;
		}
		synchronized (resources.resourceSet()) {
			Object content = document.get().eGet(CorpusPackage.Literals.DOCUMENT__CONTENT, false);
			return content instanceof Content c && !c.eIsProxy();
		}
	}

	/**
	 * The sentences that best match {@code text}, best first, never page furniture.
	 *
	 * @param documentIds restricts the search to these documents; empty means the whole corpus
	 * @throws UncheckedIOException if the index turns out to be damaged (it is rebuilt by the next open)
	 */
	public List<SentenceMatch> search(String text, Set<String> documentIds, int limit) {
		try {
			return index().search(text, documentIds == null ? Set.of() : documentIds, limit);
		} catch (UncheckedIOException | IllegalStateException e) {
			damaged("*", "its index is damaged");
			throw new UncheckedIOException(new IOException("the index of " + corpusDirectory + " in " + cacheDirectory
					+ " is damaged (" + e.getMessage() + "); it is rebuilt when the corpus is next opened", e));
		}
	}

	/** Problems met while importing, one per document or passage that could not be read fully. */
	public List<ImportProblem> problems() {
		return problems;
	}

	/** What opening the corpus imported, reused and removed, and how long it took. */
	public ImportSummary importSummary() {
		return summary;
	}

	/**
	 * One line each: what happened to the cache that the user should know (it was found damaged and
	 * rebuilt, a document was read again from its file, its sentence analyses cannot be kept). Grows
	 * while the store is read.
	 */
	public List<String> notices() {
		return List.copyOf(notices);
	}

	/**
	 * Writes the derived data kept waiting (sentence analyses) to the cache now instead of at
	 * {@link #close()}, so that a failure to write it is in {@link #notices()} before they are shown.
	 */
	public void flushDerivedData() {
		derived.flush();
	}

	/**
	 * Gives a content loaded from the cache its {@link org.factcheck.corpus.store.derived.DerivedData},
	 * kept under the fingerprint of what it was imported from; a content read again from its file
	 * because the cache was damaged gets none.
	 */
	private boolean withDerivedData(String documentId, Resource resource) {
		DocumentRecord record = generation.record(documentId);
		if (record != null && !reportedDamage.contains(documentId)) {
			derived.attach(resource, documentId, DerivedDataFiles.fingerprint(CacheUpdater.VERSION, record.id(),
					record.source(), record.hash(), record.manifestFingerprint()));
		}
		return true;
	}

	/**
	 * Notes the text of a content loaded intact from the cache, for the search to cut its hits from
	 * (see {@link SentenceIndex.DocumentText#loaded}); a content read again from its file is left
	 * out, so that its sentences are still read from, and checked against, the stored content.
	 */
	private boolean withLoadedText(String documentId, Resource resource) {
		if (!reportedDamage.contains(documentId) && !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof Content content && content.getText() != null) {
			loadedTexts.put(documentId, new WeakReference<>(content.getText()));
		}
		return true;
	}

	/** Notes that the cache entry of a document (or "*": the whole cache) is damaged and asks for its repair. */
	private void damaged(String documentId, String what) {
		if (reportedDamage.add(documentId)) {
			repair.request(documentId);
			notices.add("*".equals(documentId)
					? "the cache of " + corpusDirectory + " in " + cacheDirectory + ": " + what
							+ "; it is rebuilt when the corpus is next opened"
					: "the cache of " + corpusDirectory + ", document " + documentId + ": " + what
							+ "; the cache is repaired when the corpus is next opened");
		}
	}

	@Override
	public void close() {
		try {
			derived.flush();
			generation.close();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot close the cache of " + corpusDirectory, e);
		} finally {
			analyzer.close();
			resources.unloadAll();
		}
	}
}
