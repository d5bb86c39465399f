package org.factcheck.cli.options;

import java.util.Optional;

import org.factcheck.cli.report.claimreview.ClaimReviewSettings;

import picocli.CommandLine.Option;

/** Who publishes ClaimReview markup ({@code --format claimreview}), and where. */
public final class ClaimReviewOptions {

	@Option(names = "--review-author", paramLabel = "NAME", defaultValue = "Factcheck",
			description = "ClaimReview: the fact-checking organisation that publishes the reviews (default: ${DEFAULT-VALUE}).")
	String author = "Factcheck";

	@Option(names = "--review-author-url", paramLabel = "URL", description = "ClaimReview: the organisation's web site.")
	String authorUrl;

	@Option(names = "--review-url", paramLabel = "URL",
			description = "ClaimReview: the page the reviews are published on; each review's url is URL#claim-name "
					+ "(default: the claim file's location).")
	String reviewUrl;

	public ClaimReviewSettings settings() {
		return new ClaimReviewSettings(author, Optional.ofNullable(authorUrl), Optional.ofNullable(reviewUrl));
	}
}
