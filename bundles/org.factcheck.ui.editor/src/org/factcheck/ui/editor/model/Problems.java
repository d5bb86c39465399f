package org.factcheck.ui.editor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.resource.XtextResource;
import org.factcheck.quickfix.DiagnosticFixes;

/** Turns the claim language's issues into {@link Problem}s with their fixes ({@link DiagnosticFixes}). */
public final class Problems {

	private Problems() {
	}

	private static final DiagnosticFixes FIXES = new DiagnosticFixes();

	/** The problems of a parsed file, in document order. */
	public static List<Problem> of(List<Issue> issues, XtextResource resource) {
		int textLength = resource.getParseResult().getRootNode().getTotalLength();
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), textLength);
			int length = issue.getLength() == null ? 0 : Math.min(issue.getLength(), textLength - offset);
			List<String> data = issue.getData() == null ? List.of() : Arrays.asList(issue.getData());
			problems.add(new Problem(issue.getSeverity(), issue.getMessage(), offset, length,
					issue.getLineNumber() == null ? 1 : issue.getLineNumber(), issue.getCode(), data,
					FIXES.fixes(resource, issue.getCode(), data, offset)));
		}
		problems.sort(Comparator.comparingInt(Problem::offset));
		return problems;
	}
}
