package org.factcheck.cli.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.cli.FactcheckCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One run of the {@code factcheck} command line, in this JVM. */
public record CommandRun(int exitCode, String out, String err) {

	public static CommandRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = FactcheckCommand.run(args, new PrintWriter(out), new PrintWriter(err));
		return new CommandRun(exit, out.toString(), err.toString());
	}

	public JsonNode json() throws IOException {
		return new ObjectMapper().readTree(out);
	}

	public static Path examples() {
		String property = System.getProperty("factcheck.examples");
		Path examples = Path.of(property == null ? "examples" : property).toAbsolutePath().normalize();
		if (!Files.isDirectory(examples.resolve("seeds/corpus"))) {
			throw new IllegalStateException("example corpora not found in " + examples);
		}
		return examples;
	}

	public static Path seedCorpus() {
		return examples().resolve("seeds/corpus");
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
	}
}
