package org.factcheck.install;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;

/**
 * Turns p2's resolution and provisioning statuses (a tree of messages) into the part of one
 * sentence that says what is wrong: the most specific cause — a missing requirement, versions
 * that can only be installed once — rather than the generic headline.
 */
final class Resolution {

	private static final List<String> CAUSES = List.of("Missing requirement", "Only one of the following can be installed",
			"Cannot satisfy dependency", "Cannot complete the install because of a conflicting dependency");

	private Resolution() {
	}

	static String explain(IStatus status) {
		List<IStatus> problems = new ArrayList<>();
		collect(status, problems);
		for (String cause : CAUSES) {
			for (IStatus problem : problems) {
				if (problem.getMessage().startsWith(cause)) {
					return describe(problem);
				}
			}
		}
		return problems.isEmpty() ? "p2 reported no reason" : describe(problems.get(0));
	}

	private static void collect(IStatus status, List<IStatus> problems) {
		if (status.getSeverity() != IStatus.OK && status.getMessage() != null && !status.getMessage().isBlank()) {
			problems.add(status);
		}
		for (IStatus child : status.getChildren()) {
			collect(child, problems);
		}
	}

	/** The message; one that introduces a list (… at once:) with the list. */
	private static String describe(IStatus problem) {
		String message = clean(problem.getMessage());
		if (message.endsWith(":") && problem.getChildren().length > 0) {
			message += " " + java.util.Arrays.stream(problem.getChildren()).map(child -> clean(child.getMessage()))
					.collect(Collectors.joining(", "));
		}
		return message.replaceAll("[.:]$", "");
	}

	private static String clean(String message) {
		return message == null ? "" : message.replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
	}
}
