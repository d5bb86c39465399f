/**
 * Fuzzing of the claim file reader: random and mutated claim files, bounded in time, and the
 * reproducers of every input that once failed (folder {@code reproducers}), replayed first.
 */
package org.factcheck.claims.tests.fuzz;
