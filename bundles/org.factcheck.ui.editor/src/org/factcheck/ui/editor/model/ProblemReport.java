package org.factcheck.ui.editor.model;

import java.util.List;

/**
 * The problems one check found, published as soon as validation is done, before the rest of the
 * snapshot (highlighting, folding) is computed, so that error annotations appear first.
 *
 * @param stamp    the document's modification stamp the problems describe
 * @param problems in document order
 */
public record ProblemReport(long stamp, List<Problem> problems) {

	public ProblemReport {
		problems = List.copyOf(problems);
	}
}
