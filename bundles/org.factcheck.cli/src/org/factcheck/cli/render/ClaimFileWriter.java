package org.factcheck.cli.render;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checker.Citation;
import org.factcheck.cli.labelled.LabelledClaim;

/**
 * Writes labelled claims as a claim file: names made valid and unique, strings escaped, the label
 * as {@code expect}, the category as a comment.
 */
public final class ClaimFileWriter {

	private static final Set<String> KEYWORDS = Set.of("corpus", "claim", "cites", "quote", "asof", "expect",
			"supported", "conflicting", "unsourced");

	public String write(List<LabelledClaim> claims, Optional<String> corpusLine, String origin) {
		StringBuilder out = new StringBuilder();
		out.append("// Claims rendered from ").append(origin).append(" by ./factcheck render\n");
		corpusLine.ifPresent(corpus -> out.append("corpus ").append(quote(corpus)).append('\n'));
		Set<String> names = new HashSet<>();
		for (LabelledClaim labelled : claims) {
			out.append('\n');
			labelled.category().ifPresent(category -> out.append("// category: ").append(category).append('\n'));
			out.append("claim ").append(uniqueName(labelled.claim().name(), names)).append(' ')
					.append(quote(labelled.claim().text()));
			List<Citation> citations = labelled.claim().citations();
			for (int i = 0; i < citations.size(); i++) {
				Citation citation = citations.get(i);
				out.append(i == 0 ? "\n    cites " : ", ").append(quote(citation.documentId()));
				citation.quote().ifPresent(passage -> out.append(" quote ").append(quote(passage)));
			}
			labelled.claim().asOf().ifPresent(date -> out.append("\n    asof ").append(date));
			out.append("\n    expect ").append(labelled.gold().label()).append('\n');
		}
		return out.toString();
	}

	static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	static String uniqueName(String id, Set<String> taken) {
		StringBuilder name = new StringBuilder();
		for (char c : id.toCharArray()) {
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
			boolean digitOrDash = (c >= '0' && c <= '9') || c == '-';
			name.append(letter || (digitOrDash && !name.isEmpty()) ? c : (name.isEmpty() && digitOrDash ? "c" + c : "_"));
		}
		String base = name.isEmpty() ? "claim" : name.toString();
		String candidate = base;
		for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = base + "_" + n;
		}
		return KEYWORDS.contains(candidate) ? "^" + candidate : candidate;
	}
}
