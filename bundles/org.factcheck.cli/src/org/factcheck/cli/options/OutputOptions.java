package org.factcheck.cli.options;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options choosing the report format and where it goes. */
public final class OutputOptions {

	/** Report formats. */
	public enum Format {
		text, json, sarif, junit, html, claimreview
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

	/** A writer for the report; closing it leaves standard output open. */
	public PrintWriter open(PrintWriter standardOutput) throws IOException {
		if (out == null) {
			return new PrintWriter(new NonClosingWriter(standardOutput));
		}
		Path parent = out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
	}

	private static final class NonClosingWriter extends Writer {
		private final Writer delegate;

		NonClosingWriter(Writer delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			delegate.write(buffer, offset, length);
		}

		@Override
		public void flush() throws IOException {
			delegate.flush();
		}

		@Override
		public void close() throws IOException {
			delegate.flush();
		}
	}
}
