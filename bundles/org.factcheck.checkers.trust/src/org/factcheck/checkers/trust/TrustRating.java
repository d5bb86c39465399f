package org.factcheck.checkers.trust;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.factcheck.corpus.Document;

/**
 * Which documents are low-trust, and why: the corpus's manifest marks them ({@code "trust": "low"},
 * kept in the document's properties), or their publisher or web domain is listed in the checker's
 * preference {@value SourceTrustChecker#LOW_TRUST_PUBLISHERS}.
 */
final class TrustRating {

	static final String TRUST = "trust";
	static final String LOW = "low";

	private final List<String> lowTrustPublishers;

	TrustRating(List<String> lowTrustPublishers) {
		this.lowTrustPublishers = lowTrustPublishers.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
	}

	/** Why the document is low-trust, or empty when it is not. */
	Optional<String> lowTrust(Document document) {
		String marked = document.getProperties().get(TRUST);
		if (marked != null && marked.strip().equalsIgnoreCase(LOW)) {
			return Optional.of("marked \"trust\": \"low\" in the corpus manifest");
		}
		String publisher = document.getPublisher();
		if (publisher != null && lowTrustPublishers.contains(publisher.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("its publisher " + publisher + " is listed as low-trust");
		}
		return domain(document.getUrl()).filter(this::listedDomain)
				.map(domain -> "its web domain " + domain + " is listed as low-trust");
	}

	private boolean listedDomain(String domain) {
		return lowTrustPublishers.stream().anyMatch(listed -> domain.equals(listed) || domain.endsWith("." + listed));
	}

	private static Optional<String> domain(String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			String host = URI.create(url.strip()).getHost();
			return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
