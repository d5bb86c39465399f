package org.factcheck.cli.install;

import org.factcheck.install.InstallProblem;

import picocli.CommandLine.Model.CommandSpec;

/** Reports an install problem as one line on standard error; exit status 2. */
final class Failure {

	private Failure() {
	}

	static int report(CommandSpec spec, InstallProblem problem) {
		spec.commandLine().getErr().println("factcheck " + spec.name() + ": " + problem.getMessage());
		spec.commandLine().getErr().flush();
		return 2;
	}
}
