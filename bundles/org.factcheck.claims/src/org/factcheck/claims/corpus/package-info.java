/**
 * Which corpus a claim file refers to and the narrow view of it the language uses: overrides
 * installed with {@link org.factcheck.claims.corpus.CorpusLocation}, {@code corpus} lines,
 * {@link org.factcheck.claims.corpus.CorpusProvider} and {@link org.factcheck.claims.corpus.CorpusView}.
 */
package org.factcheck.claims.corpus;
