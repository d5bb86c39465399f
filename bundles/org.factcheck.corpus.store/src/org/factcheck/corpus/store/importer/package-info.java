/**
 * Import of corpus text files: decoding, manifest metadata, page furniture, metadata found in the
 * text, and the analysed document content.
 */
package org.factcheck.corpus.store.importer;
