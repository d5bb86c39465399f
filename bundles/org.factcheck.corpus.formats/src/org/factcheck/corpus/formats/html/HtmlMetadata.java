package org.factcheck.corpus.formats.html;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.corpus.formats.PublicationDate;
import org.factcheck.corpus.formats.ReadProblem;
import org.factcheck.corpus.formats.SourceMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The metadata a page states about its article, in this order of trust: schema.org JSON-LD
 * ({@code NewsArticle} and the other article types: headline, datePublished, author, publisher,
 * url, articleSection, inLanguage), then OpenGraph and other {@code <meta>} tags
 * ({@code og:title}, {@code article:published_time}, {@code author}, ...), then {@code <title>}
 * (without the site name), the canonical link and the page's {@code lang}. A JSON-LD block that is
 * not valid JSON is reported with its line and column in the file and left out.
 */
final class HtmlMetadata {

	/** schema.org types of articles, most specific first. */
	private static final List<String> ARTICLE_TYPES = List.of("NewsArticle", "ReportageNewsArticle",
			"AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Article",
			"BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "WebPage");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** What was read, and the blocks that could not be. */
	record Result(SourceMetadata metadata, List<ReadProblem> problems) {
	}

	private HtmlMetadata() {
	}

	static Result read(Document page) {
		List<ReadProblem> problems = new ArrayList<>();
		JsonNode article = article(page, problems);
		String siteName = meta(page, "og:site_name");
		String title = first(text(article, "headline"), text(article, "name"), meta(page, "og:title"),
				meta(page, "twitter:title"), pageTitle(page, siteName));
		String url = first(url(article), attr(page, "link[rel=canonical]", "href"), meta(page, "og:url"));
		String publisher = first(name(article == null ? null : article.get("publisher")), siteName);
		String author = first(name(article == null ? null : article.get("author")), meta(page, "author"),
				notUrl(meta(page, "article:author")));
		String section = first(firstText(article, "articleSection"), meta(page, "article:section"));
		String language = first(language(article), page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"));
		LocalDate published = date(page, article, problems);
		return new Result(new SourceMetadata(title, url, publisher, published, author, section, language), problems);
	}

	private static JsonNode article(Document page, List<ReadProblem> problems) {
		JsonNode best = null;
		int bestRank = Integer.MAX_VALUE;
		for (Element script : page.select("script[type=application/ld+json]")) {
			JsonNode root;
			try {
				root = JSON.readTree(script.data());
			} catch (JsonProcessingException e) {
				problems.add(problemAt(script, e.getLocation(),
						"JSON-LD block is not valid JSON (" + e.getOriginalMessage() + "); its metadata is ignored"));
				continue;
			} catch (IOException e) {
				problems.add(problemAt(script, null, "JSON-LD block cannot be read (" + e.getMessage() + "); ignored"));
				continue;
			}
			for (JsonNode node : objects(root)) {
				int rank = rank(node.get("@type"));
				if (rank < bestRank) {
					best = node;
					bestRank = rank;
				}
			}
		}
		return best;
	}

	/** Every object of a JSON-LD block: top-level objects, arrays of them and their {@code @graph}. */
	private static List<JsonNode> objects(JsonNode root) {
		List<JsonNode> objects = new ArrayList<>();
		if (root == null) {
			return objects;
		}
		if (root.isArray()) {
			root.forEach(node -> objects.addAll(objects(node)));
		} else if (root.isObject()) {
			objects.add(root);
			if (root.has("@graph")) {
				objects.addAll(objects(root.get("@graph")));
			}
		}
		return objects;
	}

	private static int rank(JsonNode type) {
		int rank = Integer.MAX_VALUE;
		if (type == null) {
			return rank;
		}
		for (JsonNode one : type.isArray() ? type : List.of(type)) {
			String name = one.asText().replaceFirst("^(?:https?://)?schema\\.org/", "");
			int at = ARTICLE_TYPES.indexOf(name);
			if (at >= 0) {
				rank = Math.min(rank, at);
			}
		}
		return rank;
	}

	private static ReadProblem problemAt(Element script, JsonLocation location, String message) {
		Range.Position tagEnd = script.sourceRange().end();
		if (!tagEnd.isTracked()) {
			return ReadProblem.ofFile(message);
		}
		if (location == null || location.getLineNr() < 1) {
			return new ReadProblem(tagEnd.lineNumber(), tagEnd.columnNumber(), message);
		}
		int line = tagEnd.lineNumber() + location.getLineNr() - 1;
		int column = location.getLineNr() == 1 ? tagEnd.columnNumber() + location.getColumnNr() - 1 : location.getColumnNr();
		return new ReadProblem(line, Math.max(1, column), message);
	}

	private static LocalDate date(Document page, JsonNode article, List<ReadProblem> problems) {
		Set<String> stated = new LinkedHashSet<>();
		addIfPresent(stated, text(article, "datePublished"));
		addIfPresent(stated, meta(page, "article:published_time"));
		for (String name : List.of("date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.date",
				"dcterms.issued", "dc.date")) {
			addIfPresent(stated, meta(page, name));
		}
		addIfPresent(stated, attr(page, "[itemprop=datePublished][content]", "content"));
		addIfPresent(stated, attr(page, "time[itemprop=datePublished]", "datetime"));
		addIfPresent(stated, text(article, "dateCreated"));
		for (String value : stated) {
			Optional<LocalDate> date = PublicationDate.parse(value);
			if (date.isPresent()) {
				return date.get();
			}
			problems.add(ReadProblem.ofFile("publication date \"" + value + "\" is not a date in a known form; ignored"));
		}
		return null;
	}

	private static void addIfPresent(Set<String> values, String value) {
		if (value != null) {
			values.add(value);
		}
	}

	/** The content of {@code <meta property=NAME>} or {@code <meta name=NAME>}, matched ignoring case. */
	private static String meta(Document page, String name) {
		for (Element meta : page.select("meta[content]")) {
			String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
			if (key.equalsIgnoreCase(name)) {
				return present(meta.attr("content"));
			}
		}
		return null;
	}

	private static String attr(Document page, String selector, String attribute) {
		Element element = page.selectFirst(selector);
		return element == null ? null : present(element.attr(attribute));
	}

	/** {@code <title>} without a site name that follows a separator ({@code Headline | Site}). */
	private static String pageTitle(Document page, String siteName) {
		String title = present(page.title());
		if (title == null) {
			return null;
		}
		for (String separator : List.of(" | ", " – ", " — ", " - ", " :: ", " · ")) {
			int at = title.lastIndexOf(separator);
			if (at > 0) {
				String tail = title.substring(at + separator.length()).strip();
				if (siteName != null && tail.equalsIgnoreCase(siteName.strip()) || tail.split("\\s+").length <= 3) {
					return title.substring(0, at).strip();
				}
			}
		}
		return title;
	}

	private static String text(JsonNode node, String field) {
		if (node == null || !node.has(field)) {
			return null;
		}
		JsonNode value = node.get(field);
		return value.isValueNode() ? present(value.asText()) : null;
	}

	private static String firstText(JsonNode node, String field) {
		if (node == null || !node.has(field)) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value.isArray()) {
			return value.isEmpty() ? null : present(value.get(0).asText());
		}
		return text(node, field);
	}

	/** A name given as text, as an object with {@code name}, or as a list of them, joined by ", ". */
	private static String name(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			List<String> names = new ArrayList<>();
			value.forEach(one -> {
				String name = name(one);
				if (name != null && !names.contains(name)) {
					names.add(name);
				}
			});
			return names.isEmpty() ? null : String.join(", ", names);
		}
		if (value.isObject()) {
			return text(value, "name");
		}
		return notUrl(present(value.asText()));
	}

	private static String url(JsonNode article) {
		String url = text(article, "url");
		if (url != null) {
			return url;
		}
		JsonNode page = article == null ? null : article.get("mainEntityOfPage");
		if (page == null) {
			return null;
		}
		if (page.isObject()) {
			return first(text(page, "@id"), text(page, "url"));
		}
		return present(page.asText());
	}

	private static String language(JsonNode article) {
		JsonNode value = article == null ? null : article.get("inLanguage");
		if (value == null) {
			return null;
		}
		return value.isObject() ? first(text(value, "alternateName"), text(value, "name")) : present(value.asText());
	}

	private static String notUrl(String value) {
		return value == null || value.toLowerCase(Locale.ROOT).matches("https?://.*") ? null : value;
	}

	private static String present(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
		return stripped.isEmpty() ? null : stripped;
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}
}
