package org.factcheck.cli.report;

import java.io.IOException;
import java.io.Writer;

import org.factcheck.engine.batch.BatchReport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A report that is one JSON document, written indented. */
public abstract class JsonReportWriter implements ReportWriter {

	protected final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Override
	public void write(BatchReport report, Writer out) throws IOException {
		mapper.writeValue(out, toJson(report));
	}

	/** The report as a JSON object. */
	public abstract ObjectNode toJson(BatchReport report);
}
