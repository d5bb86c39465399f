package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.factcheck.corpus.CorpusPackage;
import org.factcheck.corpus.formats.DocumentFormats;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.factcheck.corpus.formats.jsonl.JsonLinesReader;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.ImportProgress;
import org.factcheck.corpus.store.ImportSummary;
import org.factcheck.corpus.store.importer.DocumentImporter;
import org.factcheck.corpus.store.importer.ImportedDocument;
import org.factcheck.corpus.store.importer.Manifest;
import org.factcheck.corpus.store.importer.ManifestEntry;
import org.factcheck.corpus.store.importer.ManifestReader;
import org.factcheck.corpus.store.index.IndexedSentence;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
import org.factcheck.text.TextAnalysis;

/**
 * Brings the cache of a corpus folder up to date and opens its current generation. The cache is
 * one Lucene index (folder {@value #STORE}) whose commits are the cache's generations: a file
 * whose stamp is unchanged is taken as it is; any other file is read and hashed, and imported again
 * only when its content (or its manifest entry) changed; removed files are dropped. All changes
 * become visible in one commit, so that an update killed half-way leaves the previous generation,
 * which the next update completes. A cache built by another version, or found damaged, is rebuilt
 * with a notice. The corpus folder is only read. The caller holds the {@link CacheLock}.
 * <p>
 * A file that holds several documents (JSON lines) keeps one record per document, under the
 * source {@code FILE/ID}: a changed line imports only its document. The file's own stamp and the
 * problems of its lines that are no documents are kept with the generation.
 */
public final class CacheUpdater {

	/** The version of everything that determines the cache's content. */
	public static final String VERSION = String.join("/", "store-7", TextAnalysis.VERSION, DocumentImporter.VERSION,
			GermanSentenceAnalyzer.VERSION, CorpusPackage.eNS_URI);

	static final String STORE = "store";
	/** What caches of earlier versions kept beside the index. */
	private static final List<String> LEGACY = List.of("state.json", "corpus.bin", "content", "index");
	private static final String MANIFEST_STAMP = "factcheck.manifest.stamp";
	private static final String MANIFEST_PROBLEMS = "factcheck.manifest.problems";
	/** Commit data: the manifest's entries that name no document of the folder, one {@code LINE\tID} a line. */
	private static final String MANIFEST_DANGLING = "factcheck.manifest.dangling";
	/** Up to this many documents read, an unchanged manifest is searched for their entries only. */
	private static final int MANIFEST_LOOKUPS = 64;
	/** Prefix of the commit data that keeps, per file of several documents, its stamp and problems. */
	private static final String SEVERAL = "factcheck.several/";

	private final Path corpusDirectory;
	private final Path cacheDirectory;
	private final int threads;
	private final DocumentImporter importer = new DocumentImporter();
	private ImportProgress progress = ImportProgress.NONE;
	private boolean indexOnDemand;

	/**
	 * What an update did and found.
	 *
	 * @param generation the cache's current generation, open (the caller closes it)
	 * @param notices    one line each: what happened to the cache that the user should know
	 */
	public record Result(Generation generation, ImportSummary summary, List<ImportProblem> problems, List<String> notices) {
	}

	/**
	 * What became of one file that had to be read: how many of its documents were imported,
	 * restamped (unchanged) and dropped, its problems, the ids it now holds, and for a file of
	 * several documents what the generation keeps of it (else null).
	 */
	private record Outcome(int imported, int restamped, int removed, List<ImportProblem> problems, List<String> ids,
			String several) {
	}

	public CacheUpdater(Path corpusDirectory, Path cacheDirectory, int threads) {
		this.corpusDirectory = corpusDirectory.toAbsolutePath().normalize();
		this.cacheDirectory = cacheDirectory.toAbsolutePath().normalize();
		this.threads = Math.max(1, threads);
	}

	/** This updater, telling {@code progress} how imports advance. */
	public CacheUpdater withProgress(ImportProgress progress) {
		this.progress = progress;
		return this;
	}

	/**
	 * This updater, taking the generation from its summary when that describes the index as it is,
	 * so that the index is opened only when the generation first needs it (see
	 * {@link Generation#of}).
	 */
	public CacheUpdater withIndexOnDemand(boolean onDemand) {
		this.indexOnDemand = onDemand;
		return this;
	}

	Path storeDirectory() {
		return cacheDirectory.resolve(STORE);
	}

	public Result update() throws IOException {
		long started = System.nanoTime();
		// The corpus folder is scanned (a stat call per file) while the generation is opened.
		CompletableFuture<CorpusScan> scanning = CompletableFuture.supplyAsync(() -> {
			try {
				return CorpusScan.of(corpusDirectory);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, CacheUpdater::startScanThread);
		try {
			return update(scanning, started);
		} finally {
			scanning.exceptionally(e -> null).join();
		}
	}

	private static void startScanThread(Runnable scan) {
		Thread thread = new Thread(scan, "corpus-scan");
		thread.setDaemon(true);
		thread.start();
	}

	/** The scan, or what it threw. */
	private static CorpusScan scanned(CompletableFuture<CorpusScan> scanning) throws IOException {
		try {
			return scanning.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	private Result update(CompletableFuture<CorpusScan> scanning, long started) throws IOException {
		removeLegacyLayout();
		List<String> notices = new ArrayList<>();
		Files.createDirectories(storeDirectory());
		Generation current = null;
		String rebuildBecause = null;
		Set<String> repair = RepairRequests.read(cacheDirectory);
		Generation summarized = repair.contains(RepairRequests.ALL) || !indexOnDemand ? null
				: GenerationSummary.readVerified(cacheDirectory, storeDirectory())
						.map(summary -> Generation.of(storeDirectory(), summary)).orElse(null);
		if (repair.contains(RepairRequests.ALL)) {
			rebuildBecause = "it was found damaged while it was read";
		} else if (summarized != null || indexExists(storeDirectory())) {
			try {
				current = summarized != null ? summarized : Generation.open(storeDirectory());
				Map<String, String> data = current.userData();
				if (!VERSION.equals(data.get(Generation.VERSION))) {
					rebuildBecause = "it was built by another version of factcheck";
				} else if (!corpusDirectory.toString().equals(data.get(Generation.CORPUS))) {
					rebuildBecause = "it belonged to another corpus folder";
				}
			} catch (IOException | RuntimeException e) {
				rebuildBecause = "it is damaged (" + CorpusScan.describe(e) + ")";
			}
			if (rebuildBecause != null && current != null) {
				current.close();
				current = null;
			}
		} else if (hasFiles(storeDirectory())) {
			rebuildBecause = "it holds no complete generation";
		}
		Result result = null;
		try {
			result = update(current, repair, rebuildBecause, notices, scanning, started);
			RepairRequests.done(cacheDirectory);
			keepSummary(result.generation());
			return result;
		} finally {
			if (current != null && (result == null || result.generation() != current)) {
				current.close();
			}
		}
	}

	/**
	 * Keeps the summary of the generation an update ends with, for the next update of a store whose
	 * index is opened on demand; best effort (without it, that update opens the index).
	 */
	private void keepSummary(Generation generation) {
		try {
			if (!generation.fromSummary() && !GenerationSummary.isKept(cacheDirectory, generation.segmentsFile())) {
				Optional<GenerationSummary> summary = generation.summary();
				if (summary.isPresent()) {
					summary.get().write(cacheDirectory);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the next update opens the index
		}
	}

	private Result update(Generation current, Set<String> repair, String rebuildBecause, List<String> notices,
			CompletableFuture<CorpusScan> scanning, long started)
			throws IOException {
		boolean rebuild = current == null;
		Map<String, DocumentRecord.Head> records = rebuild ? Map.of() : current.heads();
		if (current != null && !current.damagedRecords().isEmpty()) {
			notices.add("the cache of " + corpusDirectory + " held " + current.damagedRecords().size()
					+ " damaged document record(s); importing them again");
		}
		List<ImportProblem> problems = new ArrayList<>();
		CorpusScan scan = scanned(scanning);
		problems.addAll(scan.problems());

		ManifestState manifest = new ManifestState(current);
		Map<String, String> userData = current == null ? Map.of() : current.userData();
		Map<String, List<DocumentRecord.Head>> partsByFile = new HashMap<>();
		for (DocumentRecord.Head head : records.values()) {
			if (head.isPart()) {
				partsByFile.computeIfAbsent(fileOf(head.source()), name -> new ArrayList<>()).add(head);
			}
		}
		List<SourceFile> candidates = new ArrayList<>();
		Map<String, String> keptSeveral = new HashMap<>();
		// The stored problems of unchanged files, by id: reported in id order, as the files are.
		Map<String, List<ImportProblem>> keptProblems = new HashMap<>();
		int unchanged = 0;
		// How many records a file of the scan still holds: when that is all of them, none was removed.
		int stillHeld = 0;
		// A record that cannot even be identified: the generation is written anew, from every file.
		boolean damagedUnknown = current != null && current.damagedRecords().contains("");
		for (SourceFile file : scan.files().values()) {
			DocumentRecord.Head old = records.get(file.id());
			if (old != null && !old.isPart()) {
				stillHeld++;
			}
			if (file.several()) {
				stillHeld += partsByFile.getOrDefault(file.name(), List.of()).size();
			}
			if (damagedUnknown) {
				candidates.add(file);
				continue;
			}
			if (file.several()) {
				List<DocumentRecord.Head> parts = partsByFile.getOrDefault(file.name(), List.of());
				String kept = userData.get(SEVERAL + file.name());
				boolean same = kept != null && SeveralState.stampOf(kept).equals(SeveralState.stamp(file.stamp(), 0))
						&& !file.stamp().isRacy(SeveralState.stampedAtOf(kept));
				for (DocumentRecord.Head part : parts) {
					same &= !repair.contains(part.id()) && !current.damagedRecords().contains(part.id())
							&& manifest.unchangedFor(part);
				}
				if (same) {
					unchanged += parts.size();
					keptSeveral.put(file.name(), kept);
					List<ImportProblem> stored = new ArrayList<>(SeveralState.problemsOf(file.path(), kept));
					for (DocumentRecord.Head part : parts) {
						stored.addAll(storedProblems(current, file.path(), part));
					}
					if (!stored.isEmpty()) {
						keptProblems.put(file.id(), stored);
					}
				} else {
					candidates.add(file);
				}
				continue;
			}
			if (old != null && !repair.contains(file.id()) && !current.damagedRecords().contains(file.id())
					&& old.sourceIs(file.name()) && old.vouchesFor(file.stamp()) && manifest.unchangedFor(old)) {
				unchanged++;
				List<ImportProblem> stored = storedProblems(current, file.path(), old);
				if (!stored.isEmpty()) {
					keptProblems.put(file.id(), stored);
				}
			} else {
				candidates.add(file);
			}
		}
		keptProblems.keySet().stream().sorted().forEach(id -> problems.addAll(keptProblems.get(id)));
		candidates.sort(Comparator.comparing(SourceFile::id));
		Map<String, SourceFile> scanned = scan.files();
		List<DocumentRecord.Head> removed = stillHeld == records.size() ? List.of() : records.values().stream()
				.filter(record -> !scanned.containsKey(record.isPart() ? fileOf(record.source()) : record.id()))
				.toList();
		if (!rebuild && candidates.isEmpty() && removed.isEmpty() && !manifest.changed() && !damagedUnknown) {
			problems.addAll(manifest.problems());
			problems.addAll(manifest.danglingProblems(Set.of()));
			return new Result(current, summary(scan.files().size(), 0, unchanged, 0, false, started), problems, notices);
		}

		if (!candidates.isEmpty()) {
			// Told before anything is written or the manifest read: a listener may still end the run
			// here and leave the cache as it was.
			progress.started(corpusDirectory, candidates.size());
		}
		Manifest entries = rebuild || damagedUnknown ? manifest.read() : manifest.entriesFor(candidates, removed);
		problems.addAll(manifest.complete() ? entries.problems() : manifest.problems());
		if (rebuild || damagedUnknown) {
			clear(storeDirectory());
			records = Map.of();
			partsByFile = Map.of();
			keptSeveral.clear();
		}
		// Which file owns each id: needed only to read a file of several documents, whose ids are
		// known once it is read. Ids of the files read now are added as they are read.
		Map<String, String> owners = new java.util.concurrent.ConcurrentHashMap<>();
		if (candidates.stream().anyMatch(SourceFile::several)) {
			for (SourceFile file : scan.files().values()) {
				if (!file.several()) {
					owners.put(file.id(), file.name());
				}
			}
			for (String name : keptSeveral.keySet()) {
				for (DocumentRecord.Head part : partsByFile.getOrDefault(name, List.of())) {
					owners.putIfAbsent(part.id(), name);
				}
			}
		}
		Set<String> readIds = new HashSet<>();
		Map<String, DocumentRecord.Head> kept = records;
		Predicate<String> known = id -> readIds.contains(id) || isSingleFile(scanned.get(id))
				|| isKeptPart(kept.get(id), keptSeveral);

		int imported = 0;
		int removedCount = removed.size();
		try (Directory directory = FSDirectory.open(storeDirectory());
				GenerationWriter writer = GenerationWriter.open(directory, rebuild || damagedUnknown)) {
			for (DocumentRecord.Head record : removed) {
				writer.remove(record.source());
			}
			Set<String> suspect = new HashSet<>(repair);
			if (current != null) {
				suspect.addAll(current.damagedRecords());
			}
			Map<String, String> several = new LinkedHashMap<>(keptSeveral);
			for (Outcome outcome : readAll(candidates, records, partsByFile, current, suspect, entries, owners,
					scan.takenAt(), writer)) {
				problems.addAll(outcome.problems());
				imported += outcome.imported();
				unchanged += outcome.restamped();
				removedCount += outcome.removed();
				readIds.addAll(outcome.ids());
				if (outcome.several() != null) {
					several.put(SeveralState.nameOf(outcome.several()), outcome.several());
				}
			}
			Map<String, Integer> dangling = manifest.dangling(entries, known);
			problems.addAll(manifest.danglingProblems(dangling));
			Map<String, String> data = new LinkedHashMap<>();
			data.put(Generation.VERSION, VERSION);
			data.put(Generation.CORPUS, corpusDirectory.toString());
			data.putAll(manifest.commitData(entries, dangling));
			several.forEach((name, value) -> data.put(SEVERAL + name, value));
			writer.commit(data);
		}
		if (rebuildBecause != null) {
			notices.add("the cache of " + corpusDirectory + " was rebuilt because " + rebuildBecause);
		}
		Generation next = current != null && !damagedUnknown ? current.reopen() : Generation.open(storeDirectory());
		return new Result(next, summary(next.size(), imported, unchanged, removedCount, rebuild, started), problems,
				notices);
	}

	private List<Outcome> readAll(List<SourceFile> files, Map<String, DocumentRecord.Head> records,
			Map<String, List<DocumentRecord.Head>> partsByFile, Generation current, Set<String> suspect, Manifest manifest,
			Map<String, String> owners, long takenAt, GenerationWriter writer) throws IOException {
		if (files.isEmpty()) {
			return List.of();
		}
		AtomicInteger done = new AtomicInteger();
		int poolSize = Math.min(threads, files.size());
		ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
			Thread thread = new Thread(runnable, "corpus-import");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Outcome>> futures = new ArrayList<>(files.size());
			for (SourceFile file : files) {
				if (file.several()) {
					List<DocumentRecord.Head> parts = partsByFile.getOrDefault(file.name(), List.of());
					futures.add(pool.submit(() -> {
						Outcome outcome = readSeveral(file, parts, current, suspect, manifest, owners, takenAt, writer);
						progress.imported(done.incrementAndGet());
						return outcome;
					}));
					continue;
				}
				DocumentRecord.Head old = records.get(file.id());
				ManifestEntry entry = manifest.entry(file.id()).orElse(null);
				boolean trusted = !suspect.contains(file.id());
				futures.add(pool.submit(() -> {
					Outcome outcome = readOne(file, old, current, trusted, entry, takenAt, writer);
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

	/**
	 * Reads one file: restamps its record when only its stamp changed (and the cached document is
	 * not suspected of damage), imports it when its content or manifest entry did, drops it when it
	 * cannot be read. Problems of the index (a full disk) are thrown; problems of the file are
	 * reported.
	 */
	private Outcome readOne(SourceFile file, DocumentRecord.Head old, Generation current, boolean trusted,
			ManifestEntry entry, long takenAt, GenerationWriter writer) throws IOException {
		byte[] bytes;
		try {
			bytes = SourceReading.read(file);
		} catch (IOException | SecurityException e) {
			if (old != null) {
				writer.remove(old.source());
			}
			return new Outcome(0, 0, old != null ? 1 : 0, List.of(new ImportProblem(file.path(), 0, 0,
					"cannot read the file (" + CorpusScan.describe(e) + "); document skipped")), List.of(), null);
		}
		String hash = DocumentImporter.hash(bytes);
		String fingerprint = entry == null ? "" : entry.fingerprint();
		DocumentRecord recorded = old != null && trusted && old.sourceIs(file.name()) ? current.record(file.id()) : null;
		DocumentRecord unchanged = recorded != null && recorded.hash().equals(hash)
				&& recorded.manifestFingerprint().equals(fingerprint) ? recorded : null;
		if (unchanged != null) {
			DocumentRecord restamped = unchanged.restamped(file.stamp(), takenAt).placed(DocumentRecord.ManifestPlace.of(entry));
			writer.restamp(restamped);
			return new Outcome(0, 1, 0, problemsOf(file.path(), restamped), List.of(file.id()), null);
		}
		ImportedDocument document;
		try {
			document = importer.importDocument(DocumentSource.wholeFile(file.path(), file.id(), bytes), hash, entry);
		} catch (UnreadableDocumentException e) {
			if (old != null) {
				writer.remove(old.source());
			}
			return new Outcome(0, 0, old != null ? 1 : 0, List.of(new ImportProblem(file.path(), e.problem().line(),
					e.problem().column(), e.problem().message())), List.of(), null);
		} catch (RuntimeException | StackOverflowError e) {
			if (old != null) {
				writer.remove(old.source());
			}
			return new Outcome(0, 0, old != null ? 1 : 0, List.of(new ImportProblem(file.path(), 0, 0,
					"cannot import the file (" + e + "); document skipped")), List.of(), null);
		}
		bytes = null;
		List<DocumentRecord.Problem> stored = document.problems().stream()
				.map(p -> new DocumentRecord.Problem(p.line(), p.column(), p.message())).toList();
		DocumentRecord record = new DocumentRecord(file.id(), file.name(), file.stamp(), takenAt, hash, fingerprint,
				DocumentRecord.Metadata.of(document.document()), stored, DocumentRecord.ManifestPlace.of(entry));
		byte[] content = ContentCodec.encode(file.id(), document.document().getContent());
		List<IndexedSentence> sentences = document.sentences();
		List<ImportProblem> problems = document.problems();
		// Once encoded, the analysed document is garbage before the index takes its sentences (for a
		// 50 MB document, its model objects are several hundred MB); neither is the file's text kept.
		document = null;
		if (old != null && !old.source().equals(file.name())) {
			writer.remove(old.source());
		}
		writer.replace(file.name(), List.of(new GenerationWriter.StoredDocument(record, content, sentences)));
		return new Outcome(1, 0, 0, problems, List.of(file.id()), null);
	}

	/**
	 * Reads a file that holds several documents: a document whose entry is unchanged is restamped,
	 * a new or changed one imported, one no longer in the file dropped. Entries that are no
	 * document, and ids another file already uses, are problems kept with the generation.
	 */
	private Outcome readSeveral(SourceFile file, List<DocumentRecord.Head> parts, Generation current, Set<String> suspect,
			Manifest manifest, Map<String, String> owners, long takenAt, GenerationWriter writer) throws IOException {
		Map<String, DocumentRecord.Head> old = new HashMap<>();
		parts.forEach(part -> old.put(part.id(), part));
		byte[] bytes;
		try {
			bytes = SourceReading.read(file);
		} catch (IOException | SecurityException e) {
			for (DocumentRecord.Head part : parts) {
				writer.remove(part.source());
			}
			return new Outcome(0, 0, parts.size(), List.of(new ImportProblem(file.path(), 0, 0,
					"cannot read the file (" + CorpusScan.describe(e) + "); its documents are skipped")), List.of(), null);
		}
		JsonLinesReader.Entries split = DocumentFormats.entries(file.path(), bytes);
		List<ImportProblem> fileProblems = new ArrayList<>();
		split.problems().forEach(p -> fileProblems.add(new ImportProblem(file.path(), p.line(), p.column(), p.message())));
		List<ImportProblem> problems = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int imported = 0;
		int restamped = 0;
		int removed = 0;
		for (DocumentSource source : split.sources()) {
			String id = source.id();
			String owner = owners.putIfAbsent(id, file.name());
			if (owner != null && !owner.equals(file.name()) || !seen.add(id)) {
				fileProblems.add(new ImportProblem(file.path(), source.line(), 1, "document id \"" + id + "\" also used by "
						+ (owner == null || owner.equals(file.name()) ? "an earlier line" : owner) + "; document skipped"));
				continue;
			}
			String key = file.name() + "/" + id;
			String hash = DocumentImporter.hash(source.bytes());
			ManifestEntry entry = manifest.entry(id).orElse(null);
			String fingerprint = entry == null ? "" : entry.fingerprint();
			DocumentRecord.Head before = old.remove(id);
			DocumentRecord recorded = before != null && !suspect.contains(id) && before.sourceIs(key) ? current.record(id)
					: null;
			DocumentRecord unchanged = recorded != null && recorded.hash().equals(hash)
					&& recorded.manifestFingerprint().equals(fingerprint) ? recorded : null;
			if (unchanged != null) {
				DocumentRecord record = unchanged.restamped(file.stamp(), takenAt).placed(DocumentRecord.ManifestPlace.of(entry));
				writer.restamp(record);
				problems.addAll(problemsOf(file.path(), record));
				ids.add(id);
				restamped++;
				continue;
			}
			ImportedDocument document;
			try {
				document = importer.importDocument(source, hash, entry);
			} catch (UnreadableDocumentException e) {
				fileProblems.add(new ImportProblem(file.path(), e.problem().line(), e.problem().column(), e.problem().message()));
				if (before != null) {
					writer.remove(before.source());
					removed++;
				}
				continue;
			} catch (RuntimeException | StackOverflowError e) {
				fileProblems.add(new ImportProblem(file.path(), source.line(), 1, "cannot import the document \"" + id + "\" ("
						+ e + "); document skipped"));
				if (before != null) {
					writer.remove(before.source());
					removed++;
				}
				continue;
			}
			List<DocumentRecord.Problem> stored = document.problems().stream()
					.map(p -> new DocumentRecord.Problem(p.line(), p.column(), p.message())).toList();
			DocumentRecord record = new DocumentRecord(id, key, file.stamp(), takenAt, hash, fingerprint,
					DocumentRecord.Metadata.of(document.document()), stored, DocumentRecord.ManifestPlace.of(entry));
			writer.replace(key, List.of(new GenerationWriter.StoredDocument(record,
					ContentCodec.encode(id, document.document().getContent()), document.sentences())));
			problems.addAll(document.problems());
			ids.add(id);
			imported++;
		}
		for (DocumentRecord.Head gone : old.values()) {
			writer.remove(gone.source());
		}
		problems.addAll(fileProblems);
		return new Outcome(imported, restamped, removed + old.size(), problems, ids,
				SeveralState.of(file.name(), file.stamp(), takenAt, fileProblems));
	}

	/** Whether the scan found {@code file} (or null) holding a single document. */
	private static boolean isSingleFile(SourceFile file) {
		return file != null && !file.several();
	}

	/** Whether {@code head} (or null) is a document of a file of several documents that was not read again. */
	private static boolean isKeptPart(DocumentRecord.Head head, Map<String, String> keptSeveral) {
		return head != null && head.isPart() && keptSeveral.containsKey(fileOf(head.source()));
	}

	private static String fileOf(String source) {
		return source.substring(0, source.indexOf('/'));
	}

	/**
	 * What a generation keeps of a file of several documents, in one string of its commit data:
	 * {@code NAME}, the file's stamp and when it was taken, then one problem a line.
	 */
	static final class SeveralState {

		private SeveralState() {
		}

		static String of(String name, FileStamp stamp, long stampedAt, List<ImportProblem> problems) {
			StringBuilder value = new StringBuilder(name).append('\n').append(stamp(stamp, stampedAt));
			for (ImportProblem problem : problems) {
				value.append('\n').append(problem.line()).append('\t').append(problem.column()).append('\t')
						.append(problem.message().replace('\n', ' '));
			}
			return value.toString();
		}

		static String stamp(FileStamp stamp, long stampedAt) {
			return stamp.size() + "/" + stamp.modified() + "/" + stamp.changed() + "/" + stamp.inode() + "@" + stampedAt;
		}

		static String nameOf(String value) {
			return value.split("\n", 2)[0];
		}

		/** The stamp without the time it was taken, as {@link #stamp}(stamp, 0) gives it. */
		static String stampOf(String value) {
			String[] lines = value.split("\n", 3);
			return lines.length < 2 ? "" : lines[1].substring(0, Math.max(0, lines[1].indexOf('@'))) + "@0";
		}

		static long stampedAtOf(String value) {
			String[] lines = value.split("\n", 3);
			try {
				return lines.length < 2 ? 0 : Long.parseLong(lines[1].substring(lines[1].indexOf('@') + 1));
			} catch (NumberFormatException e) {
				return 0;
			}
		}

		static List<ImportProblem> problemsOf(Path file, String value) {
			List<ImportProblem> problems = new ArrayList<>();
			String[] lines = value.split("\n");
			for (int i = 2; i < lines.length; i++) {
				String[] parts = lines[i].split("\t", 3);
				if (parts.length == 3) {
					problems.add(new ImportProblem(file, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
				}
			}
			return problems;
		}
	}

	/** The problems the record of an unchanged document keeps (its full record is read only when it has any). */
	private static List<ImportProblem> storedProblems(Generation current, Path file, DocumentRecord.Head head) {
		if (head.problems() == 0) {
			return List.of();
		}
		DocumentRecord full = current.record(head.id());
		return full == null ? List.of() : problemsOf(file, full);
	}

	static List<ImportProblem> problemsOf(Path file, DocumentRecord record) {
		return record.problems().stream().map(p -> new ImportProblem(file, p.line(), p.column(), p.message())).toList();
	}

	private static List<ImportProblem> problemLines(Path file, String lines) {
		List<ImportProblem> problems = new ArrayList<>();
		for (String line : lines.split("\n")) {
			String[] parts = line.split("\t", 3);
			if (parts.length == 3) {
				problems.add(new ImportProblem(file, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
			}
		}
		return problems;
	}

	/**
	 * The manifest as far as this update needs it. Read whole (once) only when its stamp changed
	 * since the last generation; while it is unchanged, an update that reads a few documents parses
	 * only the lines that can hold their entries. Its problems, and which of its entries name no
	 * document, are kept with the generation.
	 */
	private final class ManifestState {

		private final Path file = corpusDirectory.resolve(Manifest.FILE_NAME);
		private final String recordedStamp;
		private final String recordedProblems;
		private final String recordedDangling;
		private final String stamp;
		private final Generation generation;
		private Manifest read;
		private boolean complete;

		ManifestState(Generation current) throws IOException {
			Map<String, String> data = current == null ? Map.of() : current.userData();
			generation = current;
			recordedStamp = data.get(MANIFEST_STAMP);
			recordedProblems = data.getOrDefault(MANIFEST_PROBLEMS, "");
			recordedDangling = data.get(MANIFEST_DANGLING);
			stamp = stampOf(file);
		}

		boolean changed() {
			return recordedStamp == null || !recordedStamp.equals(stamp) || stamp.startsWith("racy");
		}

		/**
		 * Whether the manifest entry of a document is what the record was imported with (read from
		 * the full record, only when the manifest changed).
		 */
		boolean unchangedFor(DocumentRecord.Head head) {
			if (!changed()) {
				return true;
			}
			DocumentRecord record = generation == null ? null : generation.record(head.id());
			return record != null
					&& record.manifestFingerprint().equals(read().entry(head.id()).map(ManifestEntry::fingerprint).orElse(""));
		}

		Manifest read() {
			if (read == null) {
				read = ManifestReader.read(file);
				complete = true;
			}
			return read;
		}

		/** Whether the manifest was read whole (else only entries of some documents). */
		boolean complete() {
			return complete;
		}

		/**
		 * The entries the documents of {@code files} and {@code removed} may have. The whole manifest
		 * when it changed, when a file holds several documents (their ids are known only once it is
		 * read), or when many documents are read. Else, when every file is a document the generation
		 * holds, each entry is read again at its recorded place ({@link #atRecordedPlaces}); otherwise
		 * only the lines that can hold one of their entries are read: a line naming the id as written,
		 * or with an escape that can spell it otherwise ({@code \\uXXXX}; any escape for an id with a
		 * quote, slash, backslash or control character).
		 */
		Manifest entriesFor(List<SourceFile> files, List<DocumentRecord.Head> removed) {
			if (changed() || recordedDangling == null || files.size() + removed.size() > MANIFEST_LOOKUPS
					|| files.stream().anyMatch(SourceFile::several)) {
				return read();
			}
			if (removed.isEmpty()) {
				Manifest placed = atRecordedPlaces(files);
				if (placed != null) {
					read = placed;
					return placed;
				}
			}
			Set<String> ids = new HashSet<>();
			files.forEach(f -> ids.add(f.id()));
			removed.forEach(r -> ids.add(r.id()));
			boolean escapable = ids.stream().anyMatch(ManifestState::hasEscapableCharacter);
			List<String> markers = new ArrayList<>(ids);
			markers.add(escapable ? "\\" : "\\u");
			read = ManifestReader.readLinesWith(file, markers);
			return read;
		}

		/**
		 * The entries of documents the generation holds, each read at the place its record keeps,
		 * while the manifest is unchanged since: a record without an entry still has none, and one
		 * with an entry finds it on the line its record names, with the fingerprint it was imported
		 * with. Null (the caller looks for the entries otherwise) as soon as a document is new, its
		 * record cannot be read, or its entry is not found so.
		 */
		private Manifest atRecordedPlaces(List<SourceFile> files) {
			if (generation == null) {
				return null;
			}
			Map<String, ManifestEntry> entries = new HashMap<>();
			for (SourceFile candidate : files) {
				String id = candidate.id();
				DocumentRecord.Head head = generation.head(id);
				DocumentRecord record = head == null || !head.sourceIs(candidate.name()) ? null : generation.record(id);
				if (record == null) {
					return null;
				}
				if (record.manifestFingerprint().isEmpty()) {
					continue;
				}
				DocumentRecord.ManifestPlace place = record.manifestPlace();
				ManifestEntry entry = ManifestReader.readEntryAt(file, id, place.offset(), place.line()).orElse(null);
				if (entry == null || !entry.fingerprint().equals(record.manifestFingerprint())) {
					return null;
				}
				entries.put(id, entry);
			}
			return new Manifest(Map.copyOf(entries), List.of());
		}

		/** Whether JSON may write a character of {@code id} with an escape other than {@code \\uXXXX}. */
		private static boolean hasEscapableCharacter(String id) {
			return id.chars().anyMatch(c -> c == '"' || c == '\\' || c == '/' || c < 0x20);
		}

		List<ImportProblem> problems() {
			return problemLines(file, recordedProblems);
		}

		/**
		 * The entries that name no {@code known} document, by id with their line: all of the
		 * manifest's when it was read whole, else those recorded with the last generation and those
		 * of the documents read or removed now.
		 */
		Map<String, Integer> dangling(Manifest manifest, Predicate<String> known) {
			Map<String, Integer> dangling = new HashMap<>();
			if (!complete) {
				for (String line : recordedDangling.split("\n")) {
					int tab = line.indexOf('\t');
					if (tab > 0) {
						dangling.put(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab)));
					}
				}
			}
			manifest.entries().values().forEach(entry -> dangling.put(entry.id(), entry.line()));
			dangling.keySet().removeIf(known);
			return dangling;
		}

		/** The recorded entries that name no document, except those of {@code knownIds}. */
		List<ImportProblem> danglingProblems(Set<String> knownIds) {
			if (recordedDangling == null) {
				return List.of();
			}
			Map<String, Integer> dangling = new HashMap<>();
			for (String line : recordedDangling.split("\n")) {
				int tab = line.indexOf('\t');
				if (tab > 0 && !knownIds.contains(line.substring(tab + 1))) {
					dangling.put(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab)));
				}
			}
			return danglingProblems(dangling);
		}

		List<ImportProblem> danglingProblems(Map<String, Integer> dangling) {
			return dangling.entrySet().stream().sorted(Map.Entry.comparingByValue())
					.map(entry -> new ImportProblem(file, entry.getValue(), 1,
							"entry \"" + entry.getKey() + "\" names no document of the folder; ignored"))
					.toList();
		}

		Map<String, String> commitData(Manifest manifest, Map<String, Integer> dangling) {
			StringBuilder problems = new StringBuilder();
			if (complete) {
				for (ImportProblem problem : manifest.problems()) {
					problems.append(problem.line()).append('\t').append(problem.column()).append('\t')
							.append(problem.message().replace('\n', ' ')).append('\n');
				}
			} else {
				problems.append(recordedProblems);
			}
			StringBuilder danglingLines = new StringBuilder();
			dangling.forEach((id, line) -> danglingLines.append(line).append('\t').append(id.replace('\n', ' ')).append('\n'));
			return Map.of(MANIFEST_STAMP, stamp, MANIFEST_PROBLEMS, problems.toString(), MANIFEST_DANGLING,
					danglingLines.toString());
		}

		private String stampOf(Path manifest) {
			try {
				FileStamp.Entry entry = FileStamp.of(manifest);
				if (entry.kind() == FileStamp.Kind.LINK) {
					entry = FileStamp.of(manifest.toRealPath());
				}
				FileStamp s = entry.stamp();
				String text = s.size() + "/" + s.modified() + "/" + s.changed() + "/" + s.inode();
				return s.isRacy(System.currentTimeMillis() * 1_000_000L) || s.changed() < 0 ? "racy " + text : text;
			} catch (IOException e) {
				return "none";
			}
		}
	}

	/** Deletes what caches of earlier versions kept, which this version never reads. */
	private void removeLegacyLayout() throws IOException {
		for (String name : LEGACY) {
			Path path = cacheDirectory.resolve(name);
			if (Files.exists(path)) {
				deleteTree(path);
			}
		}
	}

	private static boolean indexExists(Path folder) throws IOException {
		try (Directory directory = FSDirectory.open(folder)) {
			return DirectoryReader.indexExists(directory);
		}
	}

	private static boolean hasFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(path -> !path.getFileName().toString().equals("write.lock"));
		}
	}

	/** Removes every file of the index folder but its lock. */
	private static void clear(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().equals("write.lock")) {
					deleteTree(file);
				}
			}
		}
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static ImportSummary summary(int documents, int imported, int unchanged, int removed, boolean rebuilt,
			long started) {
		return new ImportSummary(documents, imported, unchanged, removed, rebuilt,
				Duration.ofNanos(System.nanoTime() - started));
	}

}
