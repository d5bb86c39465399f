package org.factcheck.cli.report;

import java.io.IOException;
import java.io.Writer;

import org.factcheck.engine.batch.BatchReport;

/** Writes the outcome of a verification in one report format. */
public interface ReportWriter {

	void write(BatchReport report, Writer out) throws IOException;
}
