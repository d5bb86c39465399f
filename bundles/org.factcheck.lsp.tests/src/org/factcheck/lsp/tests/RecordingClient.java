package org.factcheck.lsp.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that keeps what the server publishes and lets tests wait for it. */
final class RecordingClient implements LanguageClient {

	private final List<PublishDiagnosticsParams> diagnostics = new ArrayList<>();
	private final List<String> log = new ArrayList<>();
	private final List<String> shown = new ArrayList<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.add(params);
		notifyAll();
	}

	/** The first publication, from now or before, that {@code wanted} accepts. */
	synchronized PublishDiagnosticsParams await(Predicate<PublishDiagnosticsParams> wanted, long seconds)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (true) {
			for (PublishDiagnosticsParams params : diagnostics) {
				if (wanted.test(params)) {
					return params;
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("no such diagnostics within " + seconds + " s; published: " + diagnostics + "\nlog: " + log);
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	synchronized void forget() {
		diagnostics.clear();
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public synchronized void showMessage(MessageParams message) {
		shown.add(message.getType() + ": " + message.getMessage());
		logMessage(message);
		notifyAll();
	}

	/** The messages shown to the user so far, once {@code wanted} accepts them or the time is up. */
	synchronized List<String> awaitShown(Predicate<List<String>> wanted, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!wanted.test(shown)) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return List.copyOf(shown);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public synchronized void logMessage(MessageParams message) {
		log.add(message.getType() + ": " + message.getMessage());
	}
}
