package org.factcheck.lsp.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.claims.ClaimFileLoader;
import org.factcheck.engine.claims.LoadedClaimFile;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.VerificationEngine;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Verifies a claim file when it is saved, one file after another on a background thread, with
 * the checkers installed in the product: the file as saved is loaded, its claims are verified
 * against its corpus, and the verdicts are published as diagnostics and kept for hovers and quick
 * fixes. The language's corpus stores are shared, so a corpus is imported once. What a corpus's
 * cache has to tell (it was damaged and rebuilt, analyses cannot be kept) is shown once per line.
 */
public class SaveVerification {

	private static final Logger LOG = Logger.getLogger(SaveVerification.class);

	/** The claim language's injector, whose corpora linking already opened. */
	@Inject
	private Injector language;

	@Inject
	private VerificationResults results;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "factcheck-verify-on-save");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<CorpusStore, Set<String>> toldNotices = new WeakHashMap<>();
	private BatchVerifier verifier;
	private LanguageClient client;
	private PublishedDiagnostics diagnostics;

	public void connect(LanguageClient client, PublishedDiagnostics diagnostics) {
		this.client = client;
		this.diagnostics = diagnostics;
	}

	/** Verifies the claim file at {@code uri} (a {@code file:} URI) in the background. */
	public void verify(String uri) {
		executor.submit(() -> {
			try {
				run(FileUris.normalize(uri));
			} catch (RuntimeException | IOException | LinkageError e) {
				LOG.error("Verifying " + uri + " failed", e);
				client.logMessage(new MessageParams(MessageType.Error, "factcheck: verifying " + uri + " failed: " + e));
			}
		});
	}

	private void run(String uri) throws IOException {
		Path file = FileUris.path(uri);
		LoadedClaimFile loaded = new ClaimFileLoader(language).load(List.of(file), Optional.empty(), Optional.empty()).get(0);
		if (loaded.corpus().isEmpty() || loaded.claims().isEmpty()) {
			results.put(uri, List.of());
			diagnostics.verdicts(uri, List.of());
			loaded.corpus().ifPresent(this::showNotices);
			return;
		}
		long started = System.nanoTime();
		List<VerifiedClaim> verified = verifier().verify(loaded.claims(), loaded.corpus().get());
		results.put(uri, verified);
		diagnostics.verdicts(uri, VerdictDiagnostics.of(verified, loaded.corpus().get(), Files.readString(file, StandardCharsets.UTF_8)));
		client.logMessage(new MessageParams(MessageType.Info, "factcheck: verified " + verified.size() + " claims of "
				+ file.getFileName() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms"));
		showNotices(loaded.corpus().get());
	}

	/** Shows what the corpus cache has to tell (damaged and rebuilt, analyses not kept), each line once. */
	private void showNotices(CorpusStore corpus) {
		corpus.flushDerivedData();
		Set<String> told = toldNotices.computeIfAbsent(corpus, store -> new HashSet<>());
		for (String notice : corpus.notices()) {
			if (told.add(notice)) {
				client.showMessage(new MessageParams(MessageType.Warning, "factcheck: " + notice));
			}
		}
	}

	private synchronized BatchVerifier verifier() {
		if (verifier == null) {
			VerificationEngine engine = new VerificationEngine(CheckerRegistry.fromExtensions());
			verifier = new BatchVerifier(engine, CheckerSelection.all(), Runtime.getRuntime().availableProcessors());
		}
		return verifier;
	}

	public void close() {
		executor.shutdownNow();
	}
}
