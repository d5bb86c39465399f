package org.factcheck.corpus.store.derived;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.corpus.Content;

/**
 * What a client of the store computed from one document's content and wants to keep with the
 * corpus cache (for example the analyses of its sentences), as numbered byte entries per kind.
 * Attached by the store to each content it loads from the cache; contents made elsewhere have none.
 * <p>
 * Entries are valid only for the exact content they were computed from and for the {@code version}
 * their client names: the store keeps them under the document's fingerprint (its file's content
 * hash, manifest entry and the importer's version) and never serves entries of another content or
 * version. Entries are written to the cache when the store is closed (or when many are waiting),
 * each document's file whole and checksummed, replaced atomically; a damaged or stale file reads as
 * empty, so its entries are computed again. Where the cache cannot be written, entries are kept in
 * memory only. Clients should still check that an entry decodes to what they expect (a version of
 * their own, the text it describes). Thread-safe.
 */
public final class DerivedData extends AdapterImpl {

	private final DerivedDataFiles files;
	private final String documentId;
	private final String fingerprint;
	private final Map<String, DerivedEntries> entries = new HashMap<>();

	DerivedData(DerivedDataFiles files, String documentId, String fingerprint) {
		this.files = files;
		this.documentId = documentId;
		this.fingerprint = fingerprint;
	}

	/** The derived data of a content the store loaded, empty for a content made elsewhere. */
	public static Optional<DerivedData> of(Content content) {
		synchronized (content) {
			for (Adapter adapter : content.eAdapters()) {
				if (adapter instanceof DerivedData data) {
					return Optional.of(data);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The entry {@code key} of {@code kind} computed by {@code version}, or null if there is none
	 * (never computed, or computed from other content, by another version, or damaged).
	 *
	 * @param kind a short name of what the entries hold: lower-case letters, digits and '-'
	 */
	public byte[] get(String kind, String version, int key) {
		return entries(kind, version).get(key);
	}

	/** Keeps {@code value} as entry {@code key} of {@code kind} computed by {@code version}. */
	public void put(String kind, String version, int key, byte[] value) {
		DerivedEntries kindEntries = entries(kind, version);
		kindEntries.put(key, value);
		files.changed(kindEntries, value.length);
	}

	public String documentId() {
		return documentId;
	}

	private synchronized DerivedEntries entries(String kind, String version) {
		return entries.computeIfAbsent(kind + '\n' + version,
				k -> new DerivedEntries(files, files.fileOf(kind, documentId), new DerivedEntries.Header(kind, version,
						documentId, fingerprint)));
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == DerivedData.class;
	}
}
