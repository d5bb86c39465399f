package org.factcheck.cli.report.claimreview;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.cli.report.ReportContext;
import org.factcheck.cli.report.JsonReportWriter;
import org.factcheck.corpus.Document;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.VerifiedClaim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * schema.org {@code ClaimReview} JSON-LD, the markup fact-checking sites publish and search engines
 * read: one review per claim in a {@code @graph}, with the claim's text ({@code claimReviewed}),
 * the verdict on a 1–5 scale ({@code reviewRating}: conflicting 1, unsourced 3, supported 5, with
 * the verdict's name as {@code alternateName} and the reason as {@code ratingExplanation}), the
 * cited documents as the claim's appearances ({@code itemReviewed}: url, headline, date,
 * publisher, author) and the documents whose passages decided it as {@code citation}s.
 */
public final class ClaimReviewReport extends JsonReportWriter {

	public static final int WORST = 1;
	public static final int BEST = 5;

	private final ReportContext context;
	private final ClaimReviewSettings settings;

	public ClaimReviewReport(ReportContext context, ClaimReviewSettings settings) {
		this.context = context;
		this.settings = settings;
	}

	@Override
	public ObjectNode toJson(BatchReport report) {
		ObjectNode root = mapper.createObjectNode();
		root.put("@context", "https://schema.org");
		ArrayNode graph = root.putArray("@graph");
		report.claims().forEach(claim -> graph.add(review(claim)));
		return root;
	}

	/** The rating of a verdict on the scale {@value #WORST} (conflicting) to {@value #BEST} (supported). */
	public static int rating(Verdict verdict) {
		return switch (verdict) {
		case CONFLICTING -> WORST;
		case UNSOURCED -> (WORST + BEST) / 2;
		case SUPPORTED -> BEST;
		};
	}

	/** The verdict's name as a rating's text: Supported, Conflicting, Unsourced. */
	public static String ratingName(Verdict verdict) {
		String label = verdict.label();
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	private ObjectNode review(VerifiedClaim claim) {
		ObjectNode review = mapper.createObjectNode();
		String url = url(claim);
		review.put("@type", "ClaimReview");
		review.put("@id", url);
		review.put("url", url);
		review.put("name", "Claim " + claim.source().claim().name());
		review.put("claimReviewed", claim.source().claim().text());
		review.put("datePublished", context.time().toLocalDate().toString());
		review.put("inLanguage", "de");
		ObjectNode author = review.putObject("author");
		author.put("@type", "Organization");
		author.put("name", settings.author());
		settings.authorUrl().ifPresent(authorUrl -> author.put("url", authorUrl));
		Verdict verdict = claim.result().verdictValue();
		ObjectNode rating = review.putObject("reviewRating");
		rating.put("@type", "Rating");
		rating.put("ratingValue", rating(verdict));
		rating.put("bestRating", BEST);
		rating.put("worstRating", WORST);
		rating.put("alternateName", ratingName(verdict));
		rating.put("ratingExplanation", claim.result().verdict().reason());
		ObjectNode item = review.putObject("itemReviewed");
		item.put("@type", "Claim");
		ArrayNode appearances = item.putArray("appearance");
		for (Citation citation : claim.source().claim().citations()) {
			appearances.add(work(claim, citation.documentId()));
		}
		claim.source().claim().asOf().ifPresent(date -> item.put("temporalCoverage", date.toString()));
		Set<String> deciding = new LinkedHashSet<>();
		claim.result().verdict().deciding().map(Finding::evidence).orElse(List.of()).stream()
				.map(Evidence::documentId).forEach(deciding::add);
		if (!deciding.isEmpty()) {
			ArrayNode citations = review.putArray("citation");
			deciding.forEach(id -> citations.add(work(claim, id)));
		}
		return review;
	}

	/** A document as a schema.org creative work: a news article when it has a publisher. */
	private ObjectNode work(VerifiedClaim claim, String documentId) {
		ObjectNode work = mapper.createObjectNode();
		Optional<Document> document = context.sources().document(claim, documentId);
		work.put("@type", document.map(d -> d.getPublisher() != null ? "NewsArticle" : "CreativeWork").orElse("CreativeWork"));
		work.put("identifier", documentId);
		document.ifPresent(d -> {
			if (d.getUrl() != null) {
				work.put("url", d.getUrl());
			} else if (d.getPath() != null) {
				work.put("url", Path.of(d.getPath()).toUri().toString());
			}
			if (d.getTitle() != null) {
				work.put("headline", d.getTitle());
			}
			if (d.getPublished() != null) {
				work.put("datePublished", d.getPublished().toString());
			}
			if (d.getPublisher() != null) {
				work.putObject("publisher").put("@type", "Organization").put("name", d.getPublisher());
			}
			if (d.getAuthor() != null) {
				work.putObject("author").put("@type", "Person").put("name", d.getAuthor());
			}
		});
		return work;
	}

	private String url(VerifiedClaim claim) {
		String fragment = "#" + claim.source().claim().name();
		return settings.reviewUrl().map(base -> base + fragment)
				.orElseGet(() -> claim.source().location().file().toAbsolutePath().normalize().toUri() + fragment);
	}
}
