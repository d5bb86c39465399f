package org.factcheck.cli;

import java.io.PrintWriter;

import org.factcheck.cli.checkers.CheckersCommand;
import org.factcheck.cli.eval.EvalCommand;
import org.factcheck.cli.install.InstallCommand;
import org.factcheck.cli.install.UninstallCommand;
import org.factcheck.cli.render.RenderCommand;
import org.factcheck.cli.report.TerminalSafeWriter;
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
				"2 bad input (syntax error, unknown document, missing corpus, unreadable file) or an unusable environment",
				"(a cache or report that cannot be written); 3 a checker or factcheck itself failed." })
public final class FactcheckCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/**
	 * Runs the command line {@code args} and returns the exit status. Everything printed goes
	 * through a {@link TerminalSafeWriter}. Bad input and an unusable environment (a folder that
	 * cannot be written, a full disk) are a message and status 2; a failure of factcheck itself is a
	 * message and status 3, never a stack trace.
	 */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
		PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
		CommandLine commandLine = new CommandLine(new FactcheckCommand()).setOut(safeOut).setErr(safeErr)
				.setCaseInsensitiveEnumValuesAllowed(true)
				.setExecutionExceptionHandler((exception, command, parsed) -> {
					String name = "factcheck " + command.getCommandName() + ": ";
					if (exception instanceof IllegalArgumentException || exception instanceof java.io.IOException
							|| exception instanceof java.io.UncheckedIOException) {
						command.getErr().println(name + exception.getMessage());
						command.getErr().flush();
						return 2;
					}
					command.getErr().println(name + "internal error: " + exception);
					command.getErr().flush();
					return 3;
				});
		int status;
		try {
			status = commandLine.execute(args);
		} catch (OutOfMemoryError e) {
			safeErr.println("factcheck: out of memory; give Java more with FACTCHECK_JAVA_OPTS=-Xmx4g");
			status = 3;
		}
		safeOut.flush();
		safeErr.flush();
		out.flush();
		err.flush();
		return status;
	}
}
