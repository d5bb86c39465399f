package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.factcheck.corpus.formats.DocumentFormats;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.importer.DaemonThreads;

/**
 * The documents of a corpus folder as the file system lists them: regular files of a format the
 * corpus takes ({@link DocumentFormats}) directly in the folder (not hidden, not a LICENSE or
 * README), and links to such files within the folder. A link leaving the folder, a named pipe, a device or a socket is never opened: it is
 * skipped with a problem, as is a file larger than {@value #MAX_BYTES} bytes.
 *
 * @param files    the document files by document id, in no particular order (an update
 *                 sorts only the files it reads); a file that holds several documents (JSON lines) by its file name
 * @param problems entries that look like documents but are skipped
 * @param takenAt  when the stamps were taken, in nanoseconds since the epoch
 */
public record CorpusScan(Map<String, SourceFile> files, List<ImportProblem> problems, long takenAt) {

	/** Where the stamps of the listing's other runs are taken. */
	private static final Executor STAMP_THREADS = DaemonThreads.named("corpus-scan-stamps");

	/** The largest document file read, in bytes (128 MiB). */
	public static final long MAX_BYTES = 128L << 20;

	/** Folders with at least this many document files have their files' stamps taken on several threads. */
	static final int PARALLEL_FROM = 2_000;
	private static final int MAX_THREADS = 4;

	/** Files in a corpus folder that document the folder rather than being documents. */
	private static final Pattern NOT_A_DOCUMENT = Pattern.compile("(?i)(license|licence|readme|copying|notice|changelog)\\b.*");

	/** Scans {@code corpusDirectory}, which is a real path (no links in it). */
	public static CorpusScan of(Path corpusDirectory) throws IOException {
		long takenAt = System.currentTimeMillis() * 1_000_000L;
		List<Path> entries = new ArrayList<>();
		List<String> names = new ArrayList<>();
		BitSet several = new BitSet();
		try (DirectoryStream<Path> listing = Files.newDirectoryStream(corpusDirectory)) {
			for (Path entry : listing) {
				String name = entry.getFileName().toString();
				if (name.startsWith(".")) {
					continue;
				}
				Optional<DocumentFormats.Format> format = DocumentFormats.ofName(name);
				if (format.isEmpty() || mayDocumentTheFolder(name) && NOT_A_DOCUMENT.matcher(name).matches()) {
					continue;
				}
				several.set(entries.size(), format.get().holdsSeveral());
				entries.add(entry);
				names.add(name);
			}
		}
		// The stamps (a stat call each, most of a scan's time) are taken on several threads, each for
		// a run of the listing; found files and problems come out in the listing's order all the same.
		// The threads are plain ones: a parallel stream's classes would be loaded anew by each command.
		SourceFile[] found = new SourceFile[entries.size()];
		int chunks = entries.size() < PARALLEL_FROM ? 1 : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
		@SuppressWarnings("unchecked")
		List<ImportProblem>[] skipped = new List[chunks];
		IntConsumer stamp = chunk -> {
			List<ImportProblem> chunkProblems = new ArrayList<>();
			int to = (int) ((long) entries.size() * (chunk + 1) / chunks);
			for (int i = (int) ((long) entries.size() * chunk / chunks); i < to; i++) {
				found[i] = sourceFile(corpusDirectory, entries.get(i), names.get(i), several.get(i), chunkProblems);
			}
			skipped[chunk] = chunkProblems;
		};
		List<CompletableFuture<Void>> others = new ArrayList<>();
		for (int chunk = 1; chunk < chunks; chunk++) {
			int own = chunk;
			others.add(CompletableFuture.runAsync(() -> stamp.accept(own), STAMP_THREADS));
		}
		stamp.accept(0);
		for (CompletableFuture<Void> other : others) {
			DaemonThreads.joined(other);
		}
		List<ImportProblem> problems = new ArrayList<>();
		for (List<ImportProblem> chunkProblems : skipped) {
			problems.addAll(chunkProblems);
		}
		// the map is made once its size is known: growing it was a tenth of opening a large corpus
		Map<String, SourceFile> files = HashMap.newHashMap(found.length);
		for (SourceFile file : found) {
			if (file == null) {
				continue;
			}
			SourceFile previous = files.put(file.id(), file);
			if (previous != null) {
				problems.add(new ImportProblem(file.path(), 0, 0,
						"document id \"" + file.id() + "\" also used by " + previous.path().getFileName()));
			}
		}
		return new CorpusScan(files, problems, takenAt);
	}

	/** Whether {@code name} can match {@link #NOT_A_DOCUMENT} at all: it starts with a letter one of its words starts with. */
	private static boolean mayDocumentTheFolder(String name) {
		char first = (char) (name.charAt(0) | 0x20);
		return first == 'l' || first == 'r' || first == 'c' || first == 'n';
	}

	/** The document file {@code name} of the folder under the same rules as a scan; null if it is none. */
	static SourceFile single(Path corpusDirectory, String name) {
		return sourceFile(corpusDirectory, corpusDirectory.resolve(name), name, holdsSeveral(corpusDirectory.resolve(name)),
				new ArrayList<>());
	}

	private static SourceFile sourceFile(Path corpusDirectory, Path entry, String name, boolean several,
			List<ImportProblem> problems) {
		String id = several ? name : DocumentFormats.idOfName(name);
		try {
			FileStamp.Entry stat = FileStamp.of(entry);
			Path readPath = entry;
			if (stat.kind() == FileStamp.Kind.LINK) {
				Path target;
				try {
					target = entry.toRealPath();
				} catch (IOException e) {
					problems.add(new ImportProblem(entry, 0, 0, "cannot read the file (a link to "
							+ Files.readSymbolicLink(entry) + ", which does not exist); document skipped"));
					return null;
				}
				if (!target.startsWith(corpusDirectory)) {
					problems.add(new ImportProblem(entry, 0, 0,
							"a link to " + target + ", outside the corpus folder; not followed, document skipped"));
					return null;
				}
				readPath = target;
				stat = FileStamp.of(target);
			}
			if (stat.kind() == FileStamp.Kind.DIRECTORY) {
				return null;
			}
			if (stat.kind() != FileStamp.Kind.REGULAR) {
				problems.add(new ImportProblem(entry, 0, 0,
						"not a regular file (" + kindOf(readPath) + "); never opened, document skipped"));
				return null;
			}
			if (stat.stamp().size() > MAX_BYTES) {
				problems.add(new ImportProblem(entry, 0, 0, "larger than " + (MAX_BYTES >> 20)
						+ " MiB (" + (stat.stamp().size() >> 20) + " MiB); document skipped"));
				return null;
			}
			return new SourceFile(id, name, entry, readPath, stat.stamp(), several);
		} catch (IOException | SecurityException e) {
			problems.add(new ImportProblem(entry, 0, 0, "cannot read the file (" + describe(e) + "); document skipped"));
			return null;
		}
	}

	/** Whether the file holds several documents, each with an id of its own (JSON lines). */
	static boolean holdsSeveral(Path file) {
		return DocumentFormats.of(file).map(DocumentFormats.Format::holdsSeveral).orElse(false);
	}

	private static String kindOf(Path path) {
		try {
			Object mode = Files.getAttribute(path, "unix:mode");
			if (mode instanceof Integer bits) {
				return switch (bits & 0170000) {
				case 0010000 -> "a named pipe";
				case 0020000 -> "a character device";
				case 0060000 -> "a block device";
				case 0140000 -> "a socket";
				default -> "a special file";
				};
			}
		} catch (IOException | RuntimeException e) {
			// fall through to the general name
		}
		return "a special file";
	}

	static String describe(Exception e) {
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
	}
}
