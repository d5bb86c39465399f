package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.cli.FactcheckCommand;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The top-level command: its usage, help, version and the subcommands each command line reaches. */
class FactcheckCommandTest {

	private static final List<String> COMMANDS = List.of("verify", "eval", "render", "checkers", "install", "uninstall",
			"help");

	@Test
	void theUsageListsEverySubcommandInOrder() {
		for (String[] args : List.of(new String[] { "--help" }, new String[] { "help" }, new String[0])) {
			CommandRun run = CommandRun.of(args);
			assertEquals(0, run.exitCode(), run.toString());
			assertEquals(COMMANDS, commandsListed(run.out()), run.toString());
		}
	}

	@Test
	void aSubcommandsHelpIsTheSameWhetherAskedOfItOrOfHelp() {
		CommandRun own = CommandRun.of("verify", "--help");
		CommandRun viaHelp = CommandRun.of("help", "verify");
		assertEquals(0, own.exitCode(), own.toString());
		assertEquals(0, viaHelp.exitCode(), viaHelp.toString());
		assertTrue(own.out().startsWith("Usage: factcheck verify "), own.toString());
		assertTrue(own.out().contains("--time-budget"), own.toString());
		assertEquals(own.out(), viaHelp.out());
	}

	@Test
	void aMistypedSubcommandIsRefusedWithTheNamesItMayMean() {
		CommandRun run = CommandRun.of("verfy", "x.claims");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("Unmatched arguments from index 0: 'verfy', 'x.claims'"), run.toString());
		assertTrue(run.err().contains("Did you mean: factcheck verify"), run.toString());
		CommandRun unknown = CommandRun.of("help", "nosuch");
		assertTrue(unknown.err().contains("Unknown subcommand 'nosuch'."), unknown.toString());
	}

	@Test
	void theVersionIsPrintedAlone() {
		for (String option : List.of("--version", "-V")) {
			CommandRun run = CommandRun.of(option);
			assertEquals(0, run.exitCode(), run.toString());
			assertEquals("factcheck 0.1.0", run.out().strip());
			assertEquals("", run.err());
		}
	}

	@Test
	void theVersionPrintedAloneIsWhatPicocliPrintsFromTheCommandsAnnotation() {
		StringWriter picocli = new StringWriter();
		PrintWriter out = new PrintWriter(picocli);
		new CommandLine(new FactcheckCommand()).printVersionHelp(out);
		out.flush();
		assertEquals(picocli.toString(), CommandRun.of("--version").out());
		assertEquals(picocli.toString(), CommandRun.of("-V").out());
	}

	@Test
	void aSubcommandWithoutItsParametersShowsItsOwnUsage() {
		CommandRun run = CommandRun.of("eval");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("Missing required parameter"), run.toString());
		assertTrue(run.err().contains("Usage: factcheck eval "), run.toString());
	}

	/** The names of the "Commands:" section of a usage text. */
	private static List<String> commandsListed(String usage) {
		String section = usage.substring(usage.indexOf("Commands:"));
		Matcher name = Pattern.compile("(?m)^  (\\w+) ").matcher(section);
		List<String> names = new java.util.ArrayList<>();
		while (name.find()) {
			names.add(name.group(1));
		}
		return names;
	}
}
