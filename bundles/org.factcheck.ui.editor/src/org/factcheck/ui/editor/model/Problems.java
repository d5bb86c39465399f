package org.factcheck.ui.editor.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.ide.quickfix.IssueFixes;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.ui.FactcheckUi;

/** Turns the claim language's issues into {@link Problem}s with their fixes. */
public final class Problems {

	private Problems() {
	}

	/**
	 * The problems of a file, in document order.
	 *
	 * @param textLength the length of the text the issues were found in
	 * @param fileFolder the folder of the file, for fixes that look for a corpus
	 */
	public static List<Problem> of(List<Issue> issues, ClaimFileLayout layout, int textLength, Optional<Path> fileFolder) {
		IssueFixes issueFixes = FactcheckUi.getDefault().claimsInjector().getInstance(IssueFixes.class);
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), textLength);
			int length = issue.getLength() == null ? 0 : Math.min(issue.getLength(), textLength - offset);
			problems.add(new Problem(issue.getSeverity(), issue.getMessage(), offset, length,
					issue.getLineNumber() == null ? 1 : issue.getLineNumber(), issue.getCode(),
					issue.getData() == null ? List.of() : Arrays.asList(issue.getData()),
					issueFixes.fixes(issue, layout, fileFolder)));
		}
		problems.sort(Comparator.comparingInt(Problem::offset));
		return problems;
	}
}
