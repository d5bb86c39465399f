package org.factcheck.cli;

import java.io.PrintWriter;

import org.factcheck.cli.checkers.CheckersCommand;
import org.factcheck.cli.eval.EvalCommand;
import org.factcheck.cli.install.InstallCommand;
import org.factcheck.cli.install.UninstallCommand;
import org.factcheck.cli.render.RenderCommand;
import org.factcheck.cli.verify.VerifyCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code factcheck} command and its subcommands. */
@Command(name = "factcheck", mixinStandardHelpOptions = true, version = "factcheck 0.1.0",
		description = "Verify claims against a corpus of source documents.",
		subcommands = { VerifyCommand.class, EvalCommand.class, RenderCommand.class, CheckersCommand.class,
				InstallCommand.class, UninstallCommand.class, HelpCommand.class },
		footer = { "", "Exit status: 0 all claims checked and every 'expect' holds; 1 an expectation failed;",
				"2 bad input (syntax error, unknown document, missing corpus, unreadable file); 3 a checker failed." })
public final class FactcheckCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** Runs the command line {@code args} and returns the exit status. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new FactcheckCommand()).setOut(out).setErr(err)
				.setCaseInsensitiveEnumValuesAllowed(true)
				.setExecutionExceptionHandler((exception, command, parsed) -> {
					if (exception instanceof IllegalArgumentException || exception instanceof java.io.IOException) {
						command.getErr().println("factcheck " + command.getCommandName() + ": " + exception.getMessage());
						command.getErr().flush();
						return 2;
					}
					throw exception;
				});
		int status = commandLine.execute(args);
		out.flush();
		err.flush();
		return status;
	}
}
