package org.factcheck.corpus.store.tests.cache;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;

/**
 * Opens (and so updates) a corpus in a JVM of its own, so that a test can kill it the way a user
 * or the system does: {@code kill -9} or SIGTERM in the middle of an import.
 */
public final class StoreProcess {

	/** Classes whose bundles make up the child's class path: the store and what it uses. */
	private static final String[] CLASSES = { "org.factcheck.corpus.store.CorpusStore",
			"org.factcheck.corpus.CorpusPackage", "org.factcheck.text.TextAnalysis", "org.eclipse.emf.ecore.EObject",
			"org.eclipse.emf.common.util.URI", "org.apache.lucene.index.IndexWriter",
			"org.apache.lucene.analysis.de.GermanAnalyzer", "com.fasterxml.jackson.core.JsonFactory",
			"opennlp.tools.sentdetect.SentenceDetectorME", "de.danielnaber.jwordsplitter.GermanWordSplitter",
			"org.slf4j.Logger", "org.factcheck.corpus.formats.DocumentFormats", "org.jsoup.Jsoup",
			"org.apache.pdfbox.Loader", "org.apache.pdfbox.io.RandomAccessRead",
			"com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.annotation.JsonView",
			"org.apache.fontbox.ttf.TrueTypeFont", "org.apache.commons.logging.Log" };

	private StoreProcess() {
	}

	/** Starts {@code java … StoreProcess corpus cache}; its output goes to {@code log}. */
	public static Process start(Path corpus, Path cache, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(classPath());
		command.add(StoreProcess.class.getName());
		command.add(corpus.toString());
		command.add(cache.toString());
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static String classPath() throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		entries.add(locationOf(StoreProcess.class));
		List<ClassLoader> loaders = new ArrayList<>(List.of(StoreProcess.class.getClassLoader(),
				CorpusStore.class.getClassLoader()));
		for (String name : CLASSES) {
			Class<?> type = load(name, loaders);
			entries.add(locationOf(type));
			loaders.add(type.getClassLoader());
		}
		return String.join(File.pathSeparator, entries);
	}

	/** Bundles see only what they import: ask the bundles loaded so far in turn. */
	private static Class<?> load(String name, List<ClassLoader> loaders) throws IOException {
		for (ClassLoader loader : List.copyOf(loaders)) {
			try {
				return Class.forName(name, false, loader);
			} catch (ClassNotFoundException | LinkageError e) {
				// the next bundle may see it
			}
		}
		throw new IOException("cannot find " + name + " for the child process");
	}

	private static String locationOf(Class<?> type) throws IOException {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (URISyntaxException | RuntimeException e) {
			throw new IOException("cannot locate the classes of " + type.getName(), e);
		}
	}

	/** Opens the corpus {@code args[0]} with its cache in {@code args[1]} and closes it again. */
	public static void main(String[] args) throws IOException {
		System.out.println("opening");
		try (CorpusStore store = CorpusStore.open(Path.of(args[0]), StoreOptions.withIndex(Path.of(args[1])))) {
			System.out.println("opened " + store.importSummary());
		}
	}
}
