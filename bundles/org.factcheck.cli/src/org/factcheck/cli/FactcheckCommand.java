package org.factcheck.cli;

import java.io.PrintWriter;
import java.util.List;

import org.factcheck.cli.checkers.CheckersCommand;
import org.factcheck.cli.eval.EvalCommand;
import org.factcheck.cli.install.InstallCommand;
import org.factcheck.cli.install.UninstallCommand;
import org.factcheck.cli.render.RenderCommand;
import org.factcheck.cli.report.TerminalSafeWriter;
import org.factcheck.cli.verify.VerifyCommand;
import org.factcheck.engine.claims.ClaimsLanguage;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code factcheck} command and its subcommands. */
@Command(name = "factcheck", mixinStandardHelpOptions = true, version = FactcheckCommand.VERSION,
		description = "Verify claims against a corpus of source documents.",
		footer = { "", "Exit status: 0 all claims checked and every 'expect' holds; 1 an expectation failed;",
				"2 bad input (syntax error, unknown document, missing corpus, unreadable file) or an unusable environment",
				"(a cache or report that cannot be written); 3 a checker or factcheck itself failed." })
public final class FactcheckCommand implements Runnable {

	/** What {@code --version} prints: the command's only version line. */
	static final String VERSION = "factcheck 0.1.0";

	/**
	 * The subcommands' names, in the order the usage lists them. Only those a command line can
	 * reach are made (picocli reads every option of every subcommand it is given): the one named
	 * first, all otherwise (help, usage, suggestions for a mistyped name).
	 */
	private static final List<String> SUBCOMMANDS = List.of("verify", "eval", "render", "checkers", "install", "uninstall",
			"help");

	/**
	 * The class of a subcommand, loaded only when it is made: a {@code verify} does not load the
	 * commands that need p2, nor picocli's help command, before it starts the claim language.
	 */
	private static Class<?> subcommand(String name) {
		return switch (name) {
		case "verify" -> VerifyCommand.class;
		case "eval" -> EvalCommand.class;
		case "render" -> RenderCommand.class;
		case "checkers" -> CheckersCommand.class;
		case "install" -> InstallCommand.class;
		case "uninstall" -> UninstallCommand.class;
		case "help" -> HelpCommand.class;
		default -> throw new IllegalArgumentException("no subcommand " + name);
		};
	}

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
		if (asksForVersionOnly(args)) {
			return printVersion(out);
		}
		if (usesClaimLanguage(args)) {
			ClaimsLanguage.prepareInBackground();
		}
		PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
		PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
		CommandLine commandLine = withSubcommands(new CommandLine(new FactcheckCommand()), args).setOut(safeOut).setErr(safeErr)
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

	/**
	 * Whether the command line is {@code --version} or {@code -V} alone. Its answer is printed without
	 * picocli: the AOT cache holds none of picocli's classes (class files of Java 5), so each start
	 * that makes a command line loads and verifies about 170 of them from its jar.
	 */
	static boolean asksForVersionOnly(String[] args) {
		return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
	}

	/** Prints {@link #VERSION} as picocli's version help does (one line) and returns its status, 0. */
	private static int printVersion(PrintWriter out) {
		PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
		safeOut.println(VERSION);
		safeOut.flush();
		out.flush();
		return 0;
	}

	/**
	 * Whether the command line runs a command that reads claim files with the claim language, whose
	 * injector is then created on the second core while the options are read and the checkers loaded
	 * (see {@link VerifyCommand#needsClaimLanguage}).
	 */
	static boolean usesClaimLanguage(String[] args) {
		return args.length > 1
				&& (args[0].equals("render") || args[0].equals("verify") && VerifyCommand.needsClaimLanguage(args));
	}

	/** {@code commandLine} with the subcommands {@code args} can reach (see {@link #SUBCOMMANDS}). */
	private static CommandLine withSubcommands(CommandLine commandLine, String[] args) {
		String first = args.length == 0 ? "" : args[0];
		if (SUBCOMMANDS.contains(first) && !first.equals("help")) {
			return commandLine.addSubcommand(first, subcommand(first));
		}
		SUBCOMMANDS.forEach(name -> commandLine.addSubcommand(name, subcommand(name)));
		return commandLine;
	}
}
