package org.factcheck.cli.report.claimreview;

import java.util.Optional;

/**
 * Who publishes the reviews, and where.
 *
 * @param author    the fact-checking organisation
 * @param authorUrl its web site
 * @param reviewUrl the page the reviews are published on; each review's url is this with
 *                  {@code #claim-name}. Without it, the claim file's location stands in.
 */
public record ClaimReviewSettings(String author, Optional<String> authorUrl, Optional<String> reviewUrl) {
}
