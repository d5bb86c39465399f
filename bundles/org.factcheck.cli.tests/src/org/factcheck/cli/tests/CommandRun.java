package org.factcheck.cli.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

	/**
	 * A copy of the seed corpus in {@code folder} with two problems: a document that is not UTF-8
	 * ({@code kaputt.txt}) and a manifest entry without its file ({@code fehlt}).
	 */
	public static Path seedCorpusWithTwoProblems(Path folder) throws IOException {
		Path corpus = Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(seedCorpus())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, corpus.resolve(file.getFileName().toString()));
			}
		}
		Files.write(corpus.resolve("kaputt.txt"), "Die Zahl \u00ff stimmt nicht.\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(corpus.resolve("manifest.jsonl"), "{\"id\": \"fehlt\", \"title\": \"Nichts\"}\n",
				StandardCharsets.UTF_8);
		return corpus;
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
	}
}
