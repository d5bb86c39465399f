package org.factcheck.cli.labelled;

import java.util.Optional;

import org.factcheck.checker.Claim;
import org.factcheck.checker.Verdict;

/**
 * One line of a labelled claims file: a claim with the verdict a careful fact-checker gives it.
 *
 * @param claim    the claim (its name is the line's {@code id})
 * @param gold     the labelled verdict
 * @param category what makes the claim hard ({@code cat}), or empty
 * @param line     1-based line in the file
 */
public record LabelledClaim(Claim claim, Verdict gold, Optional<String> category, int line) {
}
