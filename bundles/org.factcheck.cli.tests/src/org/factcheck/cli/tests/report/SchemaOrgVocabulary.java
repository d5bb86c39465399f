package org.factcheck.cli.tests.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The part of the schema.org vocabulary a ClaimReview uses ({@code schemas/schemaorg-claimreview.json}):
 * checks that each object's type is known, that it has only properties its type (or a parent type)
 * may have, that each value is of a type the property takes, and that the required properties are
 * there.
 */
final class SchemaOrgVocabulary {

	private final JsonNode types;
	private final JsonNode required;

	private SchemaOrgVocabulary(JsonNode vocabulary) {
		this.types = vocabulary.get("types");
		this.required = vocabulary.get("required");
	}

	static SchemaOrgVocabulary load() throws IOException {
		Path file = Path.of(System.getProperty("factcheck.bundle", ".")).resolve("schemas/schemaorg-claimreview.json");
		return new SchemaOrgVocabulary(new ObjectMapper().readTree(file.toFile()));
	}

	List<String> violations(JsonNode object) {
		List<String> violations = new ArrayList<>();
		check(object, object.path("@type").asText(), violations);
		return violations;
	}

	private void check(JsonNode object, String type, List<String> violations) {
		if (!types.has(type)) {
			violations.add(type + ": not a type of the vocabulary");
			return;
		}
		for (JsonNode property : required.path(type)) {
			if (!object.has(property.asText())) {
				violations.add(type + ": required property " + property.asText() + " is missing");
			}
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (field.getKey().startsWith("@")) {
				continue;
			}
			JsonNode range = range(type, field.getKey());
			if (range == null) {
				violations.add(type + ": " + field.getKey() + " is not a property of " + type);
				continue;
			}
			for (JsonNode value : field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
				checkValue(type + "." + field.getKey(), value, range, violations);
			}
		}
	}

	/** The types a property of {@code type} or of one of its parents takes, or null. */
	private JsonNode range(String type, String property) {
		for (String t = type; t != null && types.has(t); t = types.get(t).path("parent").isNull() ? null : types.get(t).path("parent").asText(null)) {
			JsonNode range = types.get(t).path("properties").get(property);
			if (range != null) {
				return range;
			}
		}
		return null;
	}

	private void checkValue(String where, JsonNode value, JsonNode range, List<String> violations) {
		List<String> accepted = new ArrayList<>();
		range.forEach(t -> accepted.add(t.asText()));
		if (value.isObject()) {
			String type = value.path("@type").asText();
			if (accepted.stream().anyMatch(t -> isA(type, t))) {
				check(value, type, violations);
			} else {
				violations.add(where + ": a " + type + " is not a " + String.join(" or ", accepted));
			}
			return;
		}
		if (accepted.stream().noneMatch(t -> isLiteral(value, t))) {
			violations.add(where + ": " + value + " is not a " + String.join(" or ", accepted));
		}
	}

	private boolean isA(String type, String wanted) {
		for (String t = type; t != null && types.has(t); t = types.get(t).path("parent").isNull() ? null : types.get(t).path("parent").asText(null)) {
			if (t.equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLiteral(JsonNode value, String type) {
		return switch (type) {
		case "Text" -> value.isTextual();
		case "Number" -> value.isNumber();
		case "URL" -> value.isTextual() && value.asText().matches("(?:https?|file):.+");
		case "Date" -> value.isTextual() && parses(() -> LocalDate.parse(value.asText()));
		case "DateTime" -> value.isTextual() && parses(() -> OffsetDateTime.parse(value.asText()));
		default -> false;
		};
	}

	private static boolean parses(Runnable parse) {
		try {
			parse.run();
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}
}
