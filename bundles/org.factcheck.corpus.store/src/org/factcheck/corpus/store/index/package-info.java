/** The Lucene sentence index of a corpus: German analysis with compound parts, BM25 search. */
package org.factcheck.corpus.store.index;
