package org.factcheck.cli.report;

import java.time.ZonedDateTime;
import java.util.List;

import org.factcheck.engine.registry.CheckerDescriptor;

/**
 * What report writers need besides the verification's outcome.
 *
 * @param paths    how files are shown (relative to the working directory when below it)
 * @param sources  document metadata and pages
 * @param checkers the checkers that could run, for reports that describe their rules
 * @param time     when the verification ran
 */
public record ReportContext(DisplayPath paths, ReportSources sources, List<CheckerDescriptor> checkers, ZonedDateTime time) {

	public ReportContext {
		checkers = List.copyOf(checkers);
	}
}
