/**
 * The cache of an opened corpus, outside the corpus folder: one Lucene index whose commits are the
 * cache's generations, guarded by a file lock.
 * <p>
 * Layout of a cache folder: {@code store/} (the Lucene index: per corpus document a record with
 * its file stamp, content hash, manifest fingerprint, metadata and import problems as a binary doc
 * value, and its content as a stored field, each with a CRC32C; then its indexed sentences, each
 * with a CRC32C over document, position and text), {@code lock}, {@code repair} (documents
 * found damaged while reading, imported again by the next update), and {@code store-summary} (what
 * an update needs of the latest generation, for a store that opens its index on demand:
 * {@link org.factcheck.corpus.store.cache.GenerationSummary}). A generation is written by
 * {@link org.factcheck.corpus.store.cache.CacheUpdater} in one commit; readers open one commit and
 * see it unchanged.
 */
package org.factcheck.corpus.store.cache;
