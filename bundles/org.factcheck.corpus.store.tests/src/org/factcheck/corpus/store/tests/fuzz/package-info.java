/**
 * Fuzzing of the importer: random and mutated document bytes and manifests, bounded in time, and
 * the reproducers of every input that once failed (folder {@code reproducers}), replayed first.
 */
package org.factcheck.corpus.store.tests.fuzz;
