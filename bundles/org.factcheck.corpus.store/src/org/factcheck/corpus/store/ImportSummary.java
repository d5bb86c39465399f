package org.factcheck.corpus.store;

import java.time.Duration;

/**
 * What opening a corpus did.
 *
 * @param documents the documents of the corpus
 * @param imported  documents imported (new, changed, or all after a rebuild)
 * @param unchanged documents taken from the cache (including files touched without changes)
 * @param removed   cached documents whose files are gone or no longer readable
 * @param rebuilt   whether the cache was missing, outdated or damaged and was built anew
 * @param elapsed   how long opening took
 */
public record ImportSummary(int documents, int imported, int unchanged, int removed, boolean rebuilt, Duration elapsed) {
}
