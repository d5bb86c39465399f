package org.factcheck.checkers.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.data.DataFile;

/** Names that stand for one another in news text (data/metonyms.txt: Nordkorea = Pjöngjang), by word key. */
final class Metonyms {

	private static final Map<String, Set<String>> GROUPS = load(DataFile.lines(Metonyms.class, "data/metonyms.txt"));

	private Metonyms() {
	}

	private static Map<String, Set<String>> load(List<String> lines) {
		Map<String, Set<String>> groups = new HashMap<>();
		for (String line : lines) {
			Set<String> group = new HashSet<>();
			for (String name : line.split("=")) {
				if (!name.isBlank() && !name.strip().contains(" ")) {
					group.add(WordKeys.key(name.strip(), TermKind.NAME));
				}
			}
			group.forEach(key -> groups.computeIfAbsent(key, k -> new HashSet<>()).addAll(group));
		}
		return groups;
	}

	/** Whether the names with these keys stand for the same country or institution. */
	static boolean same(String key, String other) {
		return key.equals(other) || GROUPS.getOrDefault(key, Set.of()).contains(other);
	}
}
