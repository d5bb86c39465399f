package org.factcheck.cli.options;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.factcheck.cli.report.ReportFiles;

import picocli.CommandLine.Option;

/**
 * Options choosing the report format and where it goes: standard output, or a file written whole
 * or not at all ({@link ReportFiles}). Any write error is reported.
 */
public final class OutputOptions {

	/** Report formats. */
	public enum Format {
		text, json, sarif, junit, html, claimreview
	}

	/** The report could not be written; nothing was left half-written. */
	public static final class ReportNotWritten extends IOException {

		private static final long serialVersionUID = 1L;

		ReportNotWritten(String message, Throwable cause) {
			super(message, cause);
		}
	}

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Report format: text, json, sarif (SARIF 2.1.0 for CI code scanning), junit (JUnit XML test results), "
					+ "html (a self-contained page) or claimreview (schema.org ClaimReview JSON-LD) (default: ${DEFAULT-VALUE}).")
	Format format = Format.text;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
	Path out;

	public Format format() {
		return format;
	}

	/**
	 * Writes the report to {@code --out} or to standard output.
	 *
	 * @throws ReportNotWritten if it cannot be written completely (a full disk, a missing folder, a
	 *                          closed pipe); a report file is then left as it was before
	 */
	public void write(PrintWriter standardOutput, ReportFiles.Report report) throws ReportNotWritten {
		if (out == null) {
			PrintWriter writer = ReportFiles.unclosable(standardOutput);
			try {
				report.writeTo(writer);
			} catch (IOException e) {
				throw new ReportNotWritten("cannot write the report to standard output: " + reason(e), e);
			}
			writer.flush();
			if (writer.checkError() || standardOutput.checkError()) {
				throw new ReportNotWritten("cannot write the report to standard output", null);
			}
			return;
		}
		try {
			ReportFiles.write(out, report);
		} catch (IOException e) {
			throw new ReportNotWritten("cannot write the report to " + out + ": " + reason(e), e);
		}
	}

	private static String reason(IOException e) {
		return ReportFiles.reason(e);
	}
}
