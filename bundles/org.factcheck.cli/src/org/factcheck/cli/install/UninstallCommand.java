package org.factcheck.cli.install;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factcheck.install.Feature;
import org.factcheck.install.InstallProblem;
import org.factcheck.install.ProductInstaller;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Uninstalls features that were installed into the product. */
@Command(name = "uninstall", mixinStandardHelpOptions = true,
		description = { "Uninstall features installed with 'install' (or Help > Install New Software). "
				+ "Their checkers are gone from the next command on.",
				"An unknown feature, or one that is part of the product, leaves the product as it was (exit 2)." })
public final class UninstallCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FEATURE_ID", description = "Features to uninstall.")
	List<String> features;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		try (ProductInstaller installer = ProductInstaller.forRunningProduct()) {
			for (Feature feature : installer.uninstall(features, new NullProgressMonitor())) {
				out.println("Uninstalled " + feature.id() + " " + feature.version() + " (" + feature.name() + ").");
			}
			out.flush();
			return 0;
		} catch (InstallProblem problem) {
			return Failure.report(spec, problem);
		}
	}
}
