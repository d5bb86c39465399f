package org.factcheck.cli.render;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes claim names from the ids of labelled claims: characters a name cannot hold become '_', a
 * leading digit or dash gets a 'c' before it, and repeated names get a numeric suffix.
 */
final class ClaimNames {

	private final Set<String> taken = new HashSet<>();

	String nameFor(String id) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			boolean letter = Character.isLetter(c) || c == '_';
			boolean digitOrDash = Character.isDigit(c) || c == '-';
			if (name.isEmpty() && digitOrDash) {
				name.append('c');
			}
			name.append(letter || digitOrDash ? c : '_');
		}
		String base = name.isEmpty() ? "claim" : name.toString();
		String candidate = base;
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = base + "_" + n;
		}
		return candidate;
	}
}
