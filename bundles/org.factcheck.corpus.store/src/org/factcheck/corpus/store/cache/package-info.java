/**
 * The cache of an opened corpus, outside the corpus folder: document metadata and content as
 * binary EMF resources, the sentence index, per-file fingerprints, guarded by a file lock.
 * <p>
 * Layout of a cache folder: {@code state.json} (versions, index commit, file fingerprints and
 * import problems per document), {@code corpus.bin} (the Corpus with its Documents; each content
 * is a proxy), {@code content/<id>.bin} (one Content per document), {@code index/} (Lucene) and
 * {@code lock}.
 */
package org.factcheck.corpus.store.cache;
