package org.factcheck.ui.editor.model;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.claims.layout.LayoutReader;
import org.factcheck.claims.layout.Span;
import org.factcheck.ui.FactcheckUi;

import com.google.inject.Injector;

/**
 * The claim language's view of one open document: an Xtext resource kept in step with the
 * document by partial re-parsing, validated in a background job after each pause in typing, and
 * published as immutable {@link ClaimSnapshot}s. The UI thread never parses: it records edits and
 * reads snapshots. Threads that need the resource itself (content assist, formatting) take it with
 * {@link #read}, which brings it up to date first and makes a running validation yield.
 */
public final class ClaimDocumentModel {

	/** How long typing must pause before the document is validated again. */
	public static final long DELAY_MS = 15;

	/** More pending edits than this are applied as one re-parse of the whole text. */
	private static final int MAX_PARTIAL_EDITS = 20;

	private record Edit(int offset, int length, String text, long stamp) {
	}

	private final IDocument document;
	private final URI uri;
	private final Optional<IFile> file;
	private final Injector injector;
	private final ReentrantLock lock = new ReentrantLock();
	private final Queue<Edit> edits = new ConcurrentLinkedQueue<>();
	private final List<Consumer<ClaimSnapshot>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<ProblemReport>> problemListeners = new CopyOnWriteArrayList<>();
	private final Object snapshotMonitor = new Object();
	private final Job job;
	private final IncrementalLayout layouts;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			edits.add(new Edit(event.getOffset(), event.getLength(), event.getText() == null ? "" : event.getText(),
					stampOf(document)));
			job.cancel();
			job.schedule(DELAY_MS);
		}
	};

	private final String initialText;
	private final long initialStamp;
	private XtextResource resource;
	private long resourceStamp;
	private volatile ClaimSnapshot snapshot;
	private volatile ProblemReport problems;
	private volatile boolean disposed;

	/** Starts following {@code document}; call on the thread that changes the document. */
	ClaimDocumentModel(IDocument document) {
		this.document = document;
		this.uri = DocumentFiles.uri(document);
		this.file = DocumentFiles.workspaceFile(document);
		this.injector = FactcheckUi.getDefault().claimsInjector();
		this.layouts = new IncrementalLayout(injector.getInstance(LayoutReader.class));
		this.initialText = document.get();
		this.initialStamp = stampOf(document);
		this.job = new Job("Checking " + uri.lastSegment()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return analyse(monitor);
			}
		};
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		document.addDocumentListener(documentListener);
		job.schedule();
	}

	public IDocument document() {
		return document;
	}

	/** The workspace file, when the document is one. */
	public Optional<IFile> file() {
		return file;
	}

	/** The latest snapshot, possibly of an older version of the document; null before the first. */
	public ClaimSnapshot snapshot() {
		return snapshot;
	}

	/** The latest snapshot if it describes the document as it is now. */
	public Optional<ClaimSnapshot> currentSnapshot() {
		ClaimSnapshot latest = snapshot;
		return latest != null && latest.stamp() == stampOf(document) ? Optional.of(latest) : Optional.empty();
	}

	/**
	 * Waits until a snapshot of the document version {@code stamp} is published.
	 *
	 * @return the snapshot, or empty after {@code timeout}
	 */
	public Optional<ClaimSnapshot> awaitSnapshot(long stamp, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (snapshotMonitor) {
			while (snapshot == null || snapshot.stamp() != stamp) {
				long left = deadline - System.nanoTime();
				if (left <= 0 || disposed) {
					return Optional.empty();
				}
				TimeUnit.NANOSECONDS.timedWait(snapshotMonitor, left);
			}
			return Optional.of(snapshot);
		}
	}

	/** The problems of the latest check, possibly of an older version of the document; null before the first. */
	public ProblemReport problems() {
		return problems;
	}

	/** Calls {@code listener} on a background thread with the problems of every check, before its snapshot. */
	public void addProblemListener(Consumer<ProblemReport> listener) {
		problemListeners.add(listener);
	}

	public void removeProblemListener(Consumer<ProblemReport> listener) {
		problemListeners.remove(listener);
	}

	/** Calls {@code listener} on a background thread with every new snapshot. */
	public void addListener(Consumer<ClaimSnapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ClaimSnapshot> listener) {
		listeners.remove(listener);
	}

	/**
	 * Runs {@code reader} on the resource, brought up to date with every edit made so far.
	 *
	 * @return its result, or empty when the resource could not be had within {@code timeout}
	 */
	public <T> Optional<T> read(Duration timeout, Function<XtextResource, T> reader) throws InterruptedException {
		if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
			return Optional.empty();
		}
		try {
			if (disposed) {
				return Optional.empty();
			}
			synchronise();
			return Optional.ofNullable(reader.apply(resource));
		} finally {
			lock.unlock();
		}
	}

	/** The modification stamp of a document's current version. */
	public static long stampOf(IDocument document) {
		return document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	void dispose() {
		disposed = true;
		document.removeDocumentListener(documentListener);
		listeners.clear();
		problemListeners.clear();
		job.cancel();
		synchronized (snapshotMonitor) {
			snapshotMonitor.notifyAll();
		}
	}

	private IStatus analyse(IProgressMonitor monitor) {
		if (disposed) {
			return Status.OK_STATUS;
		}
		ClaimSnapshot analysed;
		lock.lock();
		try {
			if (disposed) {
				resource = null;
				return Status.OK_STATUS;
			}
			synchronise();
			if (snapshot != null && snapshot.stamp() == resourceStamp) {
				return Status.OK_STATUS;
			}
			CancelIndicator cancel = () -> monitor.isCanceled() || !edits.isEmpty() || lock.hasQueuedThreads()
					|| disposed;
			analysed = analyse(cancel);
		} catch (OperationCanceledError | OperationCanceledException e) {
			if (!disposed) {
				job.schedule(DELAY_MS);
			}
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			FactcheckUi.log("Cannot check " + uri, e);
			return Status.OK_STATUS;
		} finally {
			lock.unlock();
		}
		publish(analysed);
		return Status.OK_STATUS;
	}

	/** Brings the resource up to date with the document's edits. Lock held. */
	private void synchronise() {
		if (resource == null) {
			resource = ClaimTexts.parse(uri, initialText);
			resourceStamp = initialStamp;
		}
		List<Edit> pending = new ArrayList<>();
		for (Edit edit = edits.poll(); edit != null; edit = edits.poll()) {
			pending.add(edit);
		}
		if (pending.isEmpty()) {
			return;
		}
		if (pending.size() > MAX_PARTIAL_EDITS) {
			reparse(applied(pending));
		} else {
			for (Edit edit : pending) {
				try {
					resource.update(edit.offset(), edit.length(), edit.text());
				} catch (RuntimeException e) {
					reparse(applied(pending.subList(pending.indexOf(edit), pending.size())));
					break;
				}
			}
		}
		resourceStamp = pending.get(pending.size() - 1).stamp();
	}

	private String applied(List<Edit> pending) {
		StringBuilder text = new StringBuilder(resource.getParseResult().getRootNode().getText());
		for (Edit edit : pending) {
			text.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return text.toString();
	}

	private void reparse(String text) {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private ClaimSnapshot analyse(CancelIndicator cancel) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
		if (cancel.isCanceled()) {
			throw new OperationCanceledException();
		}
		ClaimFileLayout layout = layouts.read(resource);
		List<Problem> found = Problems.of(issues, resource);
		publish(new ProblemReport(resourceStamp, found));
		List<StyledRange> highlights = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> {
					if (styles.length > 0) {
						highlights.add(new StyledRange(offset, length, styles[styles.length - 1]));
					}
				}, cancel);
		highlights.sort(Comparator.comparingInt(StyledRange::offset));
		List<Span> folds = injector.getInstance(IFoldingRangeProvider.class).getFoldingRanges(resource, cancel).stream()
				.map(range -> new Span(range.getOffset(), range.getLength())).toList();
		Optional<CorpusView> corpus = injector.getInstance(CorpusProvider.class).view(resource);
		return new ClaimSnapshot(resourceStamp, layout, found, highlights, folds, corpus,
				resource.getParseResult().hasSyntaxErrors());
	}

	private void publish(ProblemReport report) {
		problems = report;
		for (Consumer<ProblemReport> listener : problemListeners) {
			try {
				listener.accept(report);
			} catch (RuntimeException e) {
				FactcheckUi.log("A claim editor component failed on " + uri, e);
			}
		}
	}

	private void publish(ClaimSnapshot analysed) {
		synchronized (snapshotMonitor) {
			snapshot = analysed;
			snapshotMonitor.notifyAll();
		}
		for (Consumer<ClaimSnapshot> listener : listeners) {
			try {
				listener.accept(analysed);
			} catch (RuntimeException e) {
				FactcheckUi.log("A claim editor component failed on " + uri, e);
			}
		}
	}
}
