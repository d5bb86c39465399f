package org.factcheck.cli.labelled;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.batch.InputProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads labelled claims, one JSON object per line:
 * {@code {"id", "text", "cites": [{"doc", "quote"?}], "asof"?, "gold", "cat"?}}. A malformed line is
 * reported with its line and column and skipped; the other lines are still read.
 */
public final class LabelledClaimReader {

	/** The claims read and the problems met. */
	public record Result(List<LabelledClaim> claims, List<InputProblem> problems) {
	}

	private final ObjectMapper mapper = new ObjectMapper();

	public Result read(Path file) {
		List<LabelledClaim> claims = new ArrayList<>();
		List<InputProblem> problems = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Set<String> ids = new HashSet<>();
			String text;
			int line = 0;
			while ((text = reader.readLine()) != null) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				try {
					LabelledClaim claim = parse(mapper.readTree(text), line);
					if (!ids.add(claim.claim().name())) {
						problems.add(new InputProblem(file, line, 1, "duplicate claim id '" + claim.claim().name() + "'"));
						continue;
					}
					claims.add(claim);
				} catch (JsonProcessingException e) {
					int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
					problems.add(new InputProblem(file, line, column, "malformed JSON: " + e.getOriginalMessage()));
				} catch (IllegalArgumentException e) {
					problems.add(new InputProblem(file, line, 1, e.getMessage()));
				}
			}
		} catch (IOException e) {
			problems.add(new InputProblem(file, 0, 0, "cannot read: " + e.getMessage()));
		}
		return new Result(claims, problems);
	}

	private static LabelledClaim parse(JsonNode node, int line) {
		if (!node.isObject()) {
			throw new IllegalArgumentException("expected a JSON object");
		}
		String id = requiredText(node, "id");
		String text = requiredText(node, "text");
		List<Citation> citations = new ArrayList<>();
		JsonNode cites = node.path("cites");
		if (!cites.isMissingNode() && !cites.isNull()) {
			if (!cites.isArray()) {
				throw new IllegalArgumentException("'cites' must be an array of {\"doc\", \"quote\"}");
			}
			for (JsonNode cite : cites) {
				String doc = requiredText(cite, "doc");
				JsonNode quote = cite.path("quote");
				citations.add(Citation.of(doc, quote.isTextual() ? quote.asText() : null));
			}
		}
		Optional<LocalDate> asOf = Optional.empty();
		if (node.path("asof").isTextual()) {
			try {
				asOf = Optional.of(LocalDate.parse(node.get("asof").asText()));
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("'asof' is not a date (YYYY-MM-DD): " + node.get("asof").asText());
			}
		}
		Verdict gold;
		try {
			gold = Verdict.fromLabel(requiredText(node, "gold"));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"'gold' must be supported, conflicting or unsourced, not '" + node.path("gold").asText() + "'");
		}
		Optional<String> category = node.path("cat").isTextual() ? Optional.of(node.get("cat").asText())
				: Optional.empty();
		return new LabelledClaim(new Claim(id, text, citations, asOf), gold, category, line);
	}

	private static String requiredText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isTextual() || value.asText().isBlank()) {
			throw new IllegalArgumentException("missing or empty field '" + field + "'");
		}
		return value.asText();
	}
}
