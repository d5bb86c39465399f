package org.factcheck.claims.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Groups elements by a key and keeps the groups with more than one element, in order of appearance. */
final class DuplicateNames {

	private DuplicateNames() {
	}

	static <T> List<List<T>> among(List<T> elements, Function<T, String> key) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		for (T element : elements) {
			String name = key.apply(element);
			if (name != null && !name.isEmpty()) {
				byKey.computeIfAbsent(name, unused -> new ArrayList<>()).add(element);
			}
		}
		return byKey.values().stream().filter(group -> group.size() > 1).toList();
	}
}
