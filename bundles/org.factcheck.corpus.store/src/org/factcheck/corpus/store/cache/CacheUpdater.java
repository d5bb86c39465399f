package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.CorpusPackage;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.formats.DocumentFormats;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.factcheck.corpus.formats.jsonl.JsonLinesReader;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.ImportProgress;
import org.factcheck.corpus.store.ImportSummary;
import org.factcheck.corpus.store.cache.CacheState.DocumentState;
import org.factcheck.corpus.store.cache.CacheState.StoredProblem;
import org.factcheck.corpus.store.importer.DocumentImporter;
import org.factcheck.corpus.store.importer.ImportedDocument;
import org.factcheck.corpus.store.importer.Manifest;
import org.factcheck.corpus.store.importer.ManifestEntry;
import org.factcheck.corpus.store.importer.ManifestReader;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
import org.factcheck.corpus.store.index.SentenceIndexWriter;
import org.factcheck.text.TextAnalysis;

/**
 * Brings the cache of a corpus folder up to date: unchanged files (same size, modification time
 * and manifest entry) are kept; new and changed files are imported in parallel and their index
 * entries replaced; documents of deleted or unreadable files are dropped. A file whose time
 * changed but whose content hash did not is kept too. A cache built by another importer or
 * analyser version, or found damaged or inconsistent, is rebuilt. The corpus folder is only read.
 * The caller holds the {@link CacheLock}.
 */
public final class CacheUpdater {

	/** The version of everything that determines the cache's content. */
	public static final String VERSION = String.join("/", TextAnalysis.VERSION, DocumentImporter.VERSION,
			GermanSentenceAnalyzer.VERSION, CorpusPackage.eNS_URI);

	static final String STATE = "state.json";
	static final String CORPUS = "corpus.bin";
	static final String CONTENT = "content";
	static final String INDEX = "index";
	/** Files in a corpus folder that document the folder rather than being documents. */
	private static final Pattern NOT_A_DOCUMENT = Pattern.compile("(?i)(license|licence|readme|copying|notice|changelog)\\b.*");

	private final Path corpusDirectory;
	private final Path cacheDirectory;
	private final DocumentImporter importer = new DocumentImporter();
	/** Documents that are a part of a file holding several (a line of JSON lines), by id. */
	private final Map<String, DocumentSource> parts = new HashMap<>();
	private ImportProgress progress = ImportProgress.NONE;

	/**
	 * What an update did and found.
	 *
	 * @param resources the resource set holding {@code corpus} when nothing had to change, else null
	 * @param corpus    the cached corpus, loaded in {@code resources}, when nothing had to change,
	 *                  else null (load it from {@link CacheUpdater#corpusFile()})
	 */
	public record Result(ImportSummary summary, List<ImportProblem> problems, ResourceSet resources, Corpus corpus) {
	}

	/** The outcome of importing one file. */
	private record Outcome(String id, Path file, Document document, DocumentState state, List<ImportProblem> problems,
			boolean imported) {
	}

	public CacheUpdater(Path corpusDirectory, Path cacheDirectory) {
		this.corpusDirectory = corpusDirectory.toAbsolutePath().normalize();
		this.cacheDirectory = cacheDirectory.toAbsolutePath().normalize();
	}

	/** This updater, telling {@code progress} how imports advance. */
	public CacheUpdater withProgress(ImportProgress progress) {
		this.progress = progress;
		return this;
	}

	public Path corpusFile() {
		return cacheDirectory.resolve(CORPUS);
	}

	public Path indexDirectory() {
		return cacheDirectory.resolve(INDEX);
	}

	public Result update() throws IOException {
		long started = System.nanoTime();
		ResourceSet resources = ContentResources.newResourceSet();
		CacheState state = CacheState.read(cacheDirectory.resolve(STATE));
		Corpus corpus = state != null && VERSION.equals(state.version()) ? loadConsistent(resources, state) : null;
		boolean rebuilt = corpus == null;
		if (rebuilt) {
			wipe();
			state = new CacheState(VERSION, corpusDirectory.toString(), "", Map.of());
			corpus = CorpusFactory.eINSTANCE.createCorpus();
			corpus.setLocation(corpusDirectory.toString());
		}

		List<ImportProblem> problems = new ArrayList<>();
		Manifest manifest = ManifestReader.read(corpusDirectory.resolve(Manifest.FILE_NAME));
		problems.addAll(manifest.problems());
		Map<String, Path> files = documentFiles(problems);
		for (ManifestEntry entry : manifest.entries().values()) {
			if (!files.containsKey(entry.id())) {
				problems.add(new ImportProblem(corpusDirectory.resolve(Manifest.FILE_NAME), entry.line(), 1,
						"entry \"" + entry.id() + "\" names no document of the folder; ignored"));
			}
		}

		Map<String, Document> documents = new HashMap<>();
		for (Document document : corpus.getDocuments()) {
			documents.put(document.getId(), document);
		}
		Map<String, DocumentState> states = new TreeMap<>(state.documents());
		List<String> toImport = new ArrayList<>();
		int unchanged = 0;
		for (Map.Entry<String, Path> file : List.copyOf(files.entrySet())) {
			String id = file.getKey();
			if (!Files.isReadable(file.getValue())) {
				problems.add(new ImportProblem(file.getValue(), 0, 0, "cannot read the file; document skipped"));
				files.remove(id);
				continue;
			}
			DocumentState old = states.get(id);
			if (old != null && documents.containsKey(id) && sameFile(old, file.getValue(), manifest.entry(id).orElse(null))) {
				unchanged++;
				problems.addAll(problems(file.getValue(), old));
			} else {
				toImport.add(id);
			}
		}
		Set<String> removed = new HashSet<>(documents.keySet());
		removed.removeAll(files.keySet());

		if (!rebuilt && toImport.isEmpty() && removed.isEmpty()) {
			return new Result(summary(files.size(), 0, unchanged, 0, false, started), problems, resources, corpus);
		}

		int imported = 0;
		String commit = UUID.randomUUID().toString();
		try (SentenceIndexWriter index = SentenceIndexWriter.open(indexDirectory(), rebuilt)) {
			for (Outcome outcome : importAll(toImport, files, states, documents, manifest, index)) {
				problems.addAll(outcome.problems());
				if (outcome.document() == null) {
					if (documents.remove(outcome.id()) != null) {
						removed.add(outcome.id());
					}
					states.remove(outcome.id());
					index.delete(outcome.id());
					Files.deleteIfExists(contentFile(outcome.id()));
					continue;
				}
				documents.put(outcome.id(), outcome.document());
				states.put(outcome.id(), outcome.state());
				if (outcome.imported()) {
					imported++;
				} else {
					unchanged++;
				}
			}
			for (String id : removed) {
				documents.remove(id);
				states.remove(id);
				index.delete(id);
				Files.deleteIfExists(contentFile(id));
			}
			index.commit(commit);
		}
		List<Document> sorted = new ArrayList<>(documents.values());
		sorted.sort(Comparator.comparing(Document::getId));
		ECollections.setEList(corpus.getDocuments(), sorted);
		corpus.setLocation(corpusDirectory.toString());
		ContentResources.saveCorpus(corpus, corpusFile());
		new CacheState(VERSION, corpusDirectory.toString(), commit, new LinkedHashMap<>(states)).write(cacheDirectory.resolve(STATE));
		return new Result(summary(documents.size(), imported, unchanged, removed.size(), rebuilt, started), problems, null, null);
	}

	private List<Outcome> importAll(List<String> ids, Map<String, Path> files, Map<String, DocumentState> states,
			Map<String, Document> documents, Manifest manifest, SentenceIndexWriter index) throws IOException {
		if (ids.isEmpty()) {
			return List.of();
		}
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), ids.size()));
		progress.started(corpusDirectory, ids.size());
		AtomicInteger done = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "corpus-import");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Outcome>> futures = new ArrayList<>(ids.size());
			for (String id : ids) {
				Path file = files.get(id);
				DocumentState old = states.get(id);
				Document cached = documents.get(id);
				ManifestEntry entry = manifest.entry(id).orElse(null);
				futures.add(pool.submit(() -> {
					Outcome outcome = importOne(id, file, old, cached, entry, index);
					progress.imported(done.incrementAndGet());
					return outcome;
				}));
			}
			List<Outcome> outcomes = new ArrayList<>(futures.size());
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("import interrupted", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			throw new IOException("import failed: " + e.getCause(), e.getCause());
		} finally {
			pool.shutdownNow();
			progress.finished();
		}
	}

	private Outcome importOne(String id, Path file, DocumentState old, Document cached, ManifestEntry entry,
			SentenceIndexWriter index) throws IOException {
		DocumentSource part = parts.get(id);
		byte[] bytes;
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
			bytes = part != null ? part.bytes() : Files.readAllBytes(file);
		} catch (IOException | SecurityException e) {
			return new Outcome(id, file, null, null,
					List.of(new ImportProblem(file, 0, 0, "cannot read the file (" + describe(e) + "); document skipped")), false);
		}
		String hash = DocumentImporter.hash(bytes);
		String manifestFingerprint = entry == null ? "" : entry.fingerprint();
		if (old != null && cached != null && old.hash().equals(hash) && old.manifest().equals(manifestFingerprint)) {
			DocumentState touched = new DocumentState(file.getFileName().toString(), attributes.size(),
					attributes.lastModifiedTime().toMillis(), hash, manifestFingerprint, old.problems());
			return new Outcome(id, file, cached, touched, problems(file, touched), false);
		}
		ImportedDocument document;
		try {
			document = importer.importDocument(part != null ? part : DocumentSource.wholeFile(file, id, bytes), hash, entry);
		} catch (UnreadableDocumentException e) {
			return new Outcome(id, file, null, null, List.of(new ImportProblem(file, e.problem().line(),
					e.problem().column(), e.problem().message())), false);
		}
		Content proxy = ContentResources.saveContent(document.document().getContent(), contentFile(id));
		document.document().setContent(proxy);
		index.replace(id, document.sentences());
		List<StoredProblem> stored = document.problems().stream()
				.map(p -> new StoredProblem(p.line(), p.column(), p.message())).toList();
		DocumentState state = new DocumentState(file.getFileName().toString(), attributes.size(),
				attributes.lastModifiedTime().toMillis(), hash, manifestFingerprint, stored);
		return new Outcome(id, file, document.document(), state, document.problems(), true);
	}

	/**
	 * The cached corpus if it matches the state: same documents with the same fingerprints and the
	 * index commit the state names; null if anything is missing, damaged or inconsistent.
	 */
	private Corpus loadConsistent(ResourceSet resources, CacheState state) {
		try {
			Corpus corpus = ContentResources.loadCorpus(resources, corpusFile());
			if (corpus.getDocuments().size() != state.documents().size()
					|| !state.commit().equals(SentenceIndexWriter.commitId(indexDirectory()))) {
				return null;
			}
			for (Document document : corpus.getDocuments()) {
				DocumentState documentState = state.documents().get(document.getId());
				if (documentState == null || !documentState.hash().equals(document.getFingerprint())
						|| !Files.isRegularFile(contentFile(document.getId()))) {
					return null;
				}
			}
			return corpus;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The document files of the corpus folder by document id: files of every format the corpus
	 * takes; a file that holds several documents (JSON lines) once per document, whose sources are
	 * kept in {@link #parts}.
	 */
	private Map<String, Path> documentFiles(List<ImportProblem> problems) throws IOException {
		Map<String, Path> files = new TreeMap<>();
		parts.clear();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(corpusDirectory)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				Optional<DocumentFormats.Format> format = DocumentFormats.of(entry);
				if (format.isEmpty() || name.startsWith(".") || NOT_A_DOCUMENT.matcher(name).matches()
						|| Files.isDirectory(entry)) {
					continue;
				}
				if (!format.get().holdsSeveral()) {
					addDocumentFile(files, DocumentFormats.idOf(entry), entry, problems);
					continue;
				}
				byte[] bytes;
				try {
					bytes = Files.readAllBytes(entry);
				} catch (IOException | SecurityException e) {
					problems.add(new ImportProblem(entry, 0, 0, "cannot read the file (" + describe(e) + "); its documents are skipped"));
					continue;
				}
				JsonLinesReader.Entries split = DocumentFormats.entries(entry, bytes);
				split.problems().forEach(p -> problems.add(new ImportProblem(entry, p.line(), p.column(), p.message())));
				for (DocumentSource source : split.sources()) {
					addDocumentFile(files, source.id(), entry, problems);
					parts.put(source.id(), source);
				}
			}
		}
		return files;
	}

	private void addDocumentFile(Map<String, Path> files, String id, Path file, List<ImportProblem> problems) {
		Path previous = files.put(id, file);
		if (previous == null) {
			return;
		}
		DocumentSource previousPart = parts.remove(id);
		String where = previousPart != null ? previous.getFileName() + " (line " + previousPart.line() + ")" : previous.getFileName().toString();
		problems.add(new ImportProblem(file, 0, 0, "document id \"" + id + "\" also used by " + where));
	}

	private static boolean sameFile(DocumentState old, Path file, ManifestEntry entry) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return old.file().equals(file.getFileName().toString()) && old.size() == attributes.size()
					&& old.modified() == attributes.lastModifiedTime().toMillis()
					&& old.manifest().equals(entry == null ? "" : entry.fingerprint());
		} catch (IOException e) {
			return false;
		}
	}

	private static List<ImportProblem> problems(Path file, DocumentState state) {
		return state.problems() == null ? List.of()
				: state.problems().stream().map(p -> new ImportProblem(file, p.line(), p.column(), p.message())).toList();
	}

	private Path contentFile(String id) {
		return cacheDirectory.resolve(CONTENT).resolve(id + ".bin");
	}

	private void wipe() throws IOException {
		Files.deleteIfExists(cacheDirectory.resolve(STATE));
		Files.deleteIfExists(corpusFile());
		deleteTree(cacheDirectory.resolve(CONTENT));
		deleteTree(indexDirectory());
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static String describe(Exception e) {
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
	}

	private static ImportSummary summary(int documents, int imported, int unchanged, int removed, boolean rebuilt,
			long started) {
		return new ImportSummary(documents, imported, unchanged, removed, rebuilt, Duration.ofNanos(System.nanoTime() - started));
	}
}
