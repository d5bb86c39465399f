package org.factcheck.cli.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.cli.tests.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code verify --format claimreview}: schema.org ClaimReview JSON-LD as fact-checking sites publish it. */
class ClaimReviewReportTest {

	@TempDir
	Path temp;

	private JsonNode reviews() throws IOException {
		CommandRun run = ReportRun.verify(temp, "--format", "claimreview", "--review-author", "Faktencheck Ost",
				"--review-url", "https://faktencheck.example/2024/korea");
		assertEquals(2, run.exitCode(), run.toString());
		return run.json();
	}

	@Test
	void everyReviewUsesTheVocabularyRightAndHasTheRequiredProperties() throws IOException {
		JsonNode document = reviews();
		assertEquals("https://schema.org", document.get("@context").asText());
		JsonNode graph = document.get("@graph");
		assertEquals(4, graph.size(), "one review per verified claim");
		SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load();
		for (JsonNode review : graph) {
			List<String> violations = vocabulary.violations(review);
			assertTrue(violations.isEmpty(), () -> violations + " in " + review);
		}
	}

	@Test
	void theVocabularyCheckCatchesMistakes() throws IOException {
		SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load();
		ObjectNode review = (ObjectNode) reviews().get("@graph").get(0).deepCopy();
		review.remove("claimReviewed");
		((ObjectNode) review.get("reviewRating")).put("verdict", "true");
		((ObjectNode) review.get("reviewRating")).put("ratingValue", true);
		List<String> violations = vocabulary.violations(review);
		assertTrue(violations.contains("ClaimReview: required property claimReviewed is missing"), violations::toString);
		assertTrue(violations.contains("Rating: verdict is not a property of Rating"), violations::toString);
		assertTrue(violations.contains("Rating.ratingValue: true is not a Number or Text"), violations::toString);
	}

	@Test
	void verdictsMapToTheRatingScaleAndCitedSourcesAreTheClaimsAppearances() throws IOException {
		JsonNode graph = reviews().get("@graph");
		JsonNode supported = graph.get(0);
		assertEquals("https://faktencheck.example/2024/korea#containers", supported.get("url").asText());
		assertEquals("Nordkorea hat nach Angaben aus Südkorea mindestens 10.000 Container nach Russland geliefert.",
				supported.get("claimReviewed").asText());
		assertEquals("Faktencheck Ost", supported.get("author").get("name").asText());
		assertEquals(5, supported.get("reviewRating").get("ratingValue").asInt());
		assertEquals("Supported", supported.get("reviewRating").get("alternateName").asText());
		assertEquals(1, graph.get(1).get("reviewRating").get("ratingValue").asInt(), "conflicting is the worst rating");
		assertEquals("Conflicting", graph.get(1).get("reviewRating").get("alternateName").asText());
		assertEquals(3, graph.get(2).get("reviewRating").get("ratingValue").asInt());
		assertEquals("Unsourced", graph.get(2).get("reviewRating").get("alternateName").asText());
		JsonNode appearance = supported.get("itemReviewed").get("appearance").get(0);
		assertEquals("004_cf013e87bb0c4974", appearance.get("identifier").asText());
		assertTrue(appearance.get("url").asText().startsWith("file:"), "a document without address is given by its file");
		assertTrue(appearance.has("headline"), appearance.toString());
	}

	@Test
	void documentMetadataFromWebPagesFillsTheAppearances() throws IOException {
		CommandRun run = ReportRun.verify(temp, CommandRun.examples().resolve("seeds-html/corpus"), """
				claim pact "Das Abkommen sieht im Falle eines Angriffs gegenseitige sofortige militärische Unterstützung vor."
				    cites "003_5631f6e596cc8e95"
				""", "--format", "claimreview");
		assertEquals(0, run.exitCode(), run.toString());
		JsonNode appearance = run.json().get("@graph").get(0).get("itemReviewed").get("appearance").get(0);
		assertEquals("NewsArticle", appearance.get("@type").asText());
		assertEquals("Russland und Nordkorea besiegeln strategische Partnerschaft", appearance.get("headline").asText());
		assertEquals("2024-10-24", appearance.get("datePublished").asText());
		assertEquals("Kettner Edelmetalle", appearance.get("publisher").get("name").asText());
		assertTrue(appearance.get("url").asText().startsWith("https://www.kettner-edelmetalle.example/news/"));
	}
}
