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
		Map<String, Object> byKey = new LinkedHashMap<>(elements.size() * 2);
		boolean duplicates = false;
		for (T element : elements) {
			String name = key.apply(element);
			if (name == null || name.isEmpty()) {
				continue;
			}
			Object previous = byKey.putIfAbsent(name, element);
			if (previous != null) {
				duplicates = true;
				if (previous instanceof Group<?> group) {
					@SuppressWarnings("unchecked")
					Group<T> same = (Group<T>) group;
					same.add(element);
				} else {
					@SuppressWarnings("unchecked")
					Group<T> group = new Group<>((T) previous);
					group.add(element);
					byKey.put(name, group);
				}
			}
		}
		if (!duplicates) {
			return List.of();
		}
		List<List<T>> groups = new ArrayList<>();
		for (Object value : byKey.values()) {
			if (value instanceof Group<?> group) {
				@SuppressWarnings("unchecked")
				List<T> members = (List<T>) group;
				groups.add(members);
			}
		}
		return groups;
	}

	/** The elements sharing a key, once there are two; the map holds single elements as themselves. */
	private static final class Group<T> extends ArrayList<T> {
		private static final long serialVersionUID = 1L;

		Group(T first) {
			add(first);
		}
	}
}
