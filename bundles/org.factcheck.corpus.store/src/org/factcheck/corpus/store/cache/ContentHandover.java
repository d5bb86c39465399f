package org.factcheck.corpus.store.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stored content bytes that the search has just read from a generation, kept until the content is
 * loaded: the document of a search hit is loaded right after it, and reading its stored content a
 * second time decompressed it again. Each bytes are handed over once; the oldest go first when more
 * than the budget is held. Only bytes of one generation may be given, and they are checked again
 * when loaded. Thread-safe.
 */
public final class ContentHandover {

	/** How many bytes are held at most by default: the contents of a few dozen news articles. */
	public static final long DEFAULT_BUDGET = 4L << 20;

	private final long budget;
	private final LinkedHashMap<String, byte[]> held = new LinkedHashMap<>();
	private long heldBytes;

	public ContentHandover() {
		this(DEFAULT_BUDGET);
	}

	/** @param budget how many bytes are held at most; larger contents are not held */
	public ContentHandover(long budget) {
		this.budget = budget;
	}

	/** Holds the stored content bytes of a document until {@link #take} or until older than the budget allows. */
	public synchronized void offer(String documentId, byte[] content) {
		if (content.length > budget) {
			return;
		}
		byte[] previous = held.put(documentId, content);
		heldBytes += content.length - (previous == null ? 0 : previous.length);
		Iterator<Map.Entry<String, byte[]>> oldest = held.entrySet().iterator();
		while (heldBytes > budget) {
			heldBytes -= oldest.next().getValue().length;
			oldest.remove();
		}
	}

	/** The held bytes of a document, no longer held; null if there are none. */
	public synchronized byte[] take(String documentId) {
		byte[] content = held.remove(documentId);
		if (content != null) {
			heldBytes -= content.length;
		}
		return content;
	}
}
