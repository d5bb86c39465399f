/**
 * The checker API: everything a checker plug-in needs to examine claims and report what it found.
 * <p>
 * A checker implements {@link org.factcheck.checker.Checker} and is contributed through the
 * extension point {@code org.factcheck.checker.checkers} (schema and examples:
 * {@code schema/checkers.exsd}; guide: {@code docs/writing-a-checker.md}). For each claim the
 * engine calls {@link org.factcheck.checker.Checker#check} with the
 * {@link org.factcheck.checker.Claim} and a {@link org.factcheck.checker.CheckContext}: read access
 * to the corpus ({@link org.factcheck.checker.CorpusAccess}, the EMF model of
 * {@code org.factcheck.corpus}), cancellation, the checker's
 * {@link org.factcheck.checker.CheckerPreferences} and work shared with the other checkers of the
 * claim. The checker returns {@link org.factcheck.checker.Finding}s with
 * {@link org.factcheck.checker.Evidence}; the engine combines the findings of all checkers into the
 * claim's {@link org.factcheck.checker.Verdict}.
 * <p>
 * This package is the whole API: checkers may also use the corpus model and the evidence library
 * ({@code org.factcheck.evidence}, with the text analysis it re-exports), and nothing else of the
 * product. Every type here is API and changes only compatibly within a major version; the bundle
 * exports no other package to checkers.
 */
package org.factcheck.checker;
