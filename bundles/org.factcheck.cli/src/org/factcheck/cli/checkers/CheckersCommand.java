package org.factcheck.cli.checkers;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the installed checkers. */
@Command(name = "checkers", mixinStandardHelpOptions = true,
		description = "List the installed checkers with their id, cost class and what they look for.")
public final class CheckersCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		CheckerRegistry registry = CheckerRegistry.fromExtensions();
		PrintWriter out = spec.commandLine().getOut();
		for (CheckerDescriptor checker : registry.all()) {
			out.printf("%-40s %-9s %s%s%n", checker.id(), checker.cost().name().toLowerCase(), checker.name(),
					checker.enabledByDefault() ? "" : " (disabled by default)");
			if (!checker.description().isBlank()) {
				out.printf("%-40s %-9s %s%n", "", "", checker.description());
			}
		}
		registry.problems().forEach(problem -> spec.commandLine().getErr().println("warning: " + problem));
		out.flush();
		return registry.problems().isEmpty() ? 0 : 2;
	}
}
