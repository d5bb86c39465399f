package org.factcheck.ui.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;

/**
 * The latest verification of each claim file, shared by the workbench's views, markers, hovers and
 * quick fixes. Thread-safe; listeners are called on the thread that publishes, never the UI thread
 * by guarantee.
 */
public final class VerificationResults {

	private final Map<IFile, FileVerification> byFile = new ConcurrentHashMap<>();
	private final List<Consumer<FileVerification>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<IFile>> removalListeners = new CopyOnWriteArrayList<>();

	public Optional<FileVerification> of(IFile file) {
		return Optional.ofNullable(byFile.get(file));
	}

	public List<FileVerification> all() {
		return List.copyOf(byFile.values());
	}

	/** Replaces the file's previous result and tells the listeners. */
	public void publish(FileVerification verification) {
		byFile.put(verification.file(), verification);
		listeners.forEach(listener -> listener.accept(verification));
	}

	/** Forgets a file's result (deleted or renamed file) and tells the removal listeners. */
	public void forget(IFile file) {
		if (byFile.remove(file) != null) {
			removalListeners.forEach(listener -> listener.accept(file));
		}
	}

	public void addListener(Consumer<FileVerification> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<FileVerification> listener) {
		listeners.remove(listener);
	}

	/** Called with the file whose result was forgotten. */
	public void addRemovalListener(Consumer<IFile> listener) {
		removalListeners.add(listener);
	}

	public void removeRemovalListener(Consumer<IFile> listener) {
		removalListeners.remove(listener);
	}
}
