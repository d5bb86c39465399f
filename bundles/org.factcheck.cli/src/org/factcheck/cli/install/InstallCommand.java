package org.factcheck.cli.install;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factcheck.install.Feature;
import org.factcheck.install.InstallProblem;
import org.factcheck.install.PluginSite;
import org.factcheck.install.ProductInstaller;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Installs features from a p2 site into the product (the p2 director, headless). */
@Command(name = "install", mixinStandardHelpOptions = true,
		description = { "Install features from a p2 update site (a folder, a .zip of one, or a URL) into the product: "
				+ "all the site offers, or the FEATURE_IDs named. Their checkers run from the next command on.",
				"A bad site, a missing feature or a conflicting install leaves the product as it was (exit 2)." })
public final class InstallCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "SITE", description = "The p2 repository: folder, .zip or URL.")
	String site;

	@Parameters(index = "1..*", paramLabel = "FEATURE_ID", description = "Features to install (default: all the site offers).")
	List<String> features = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		try (ProductInstaller installer = ProductInstaller.forRunningProduct()) {
			List<Feature> installed = installer.install(PluginSite.of(site), features, new NullProgressMonitor());
			if (installed.isEmpty()) {
				out.println("Already installed: nothing to do.");
			}
			for (Feature feature : installed) {
				out.println("Installed " + feature.id() + " " + feature.version() + " (" + feature.name() + ").");
			}
			if (!installed.isEmpty()) {
				out.println("Its checkers run from the next command on; list them with './factcheck checkers'.");
			}
			out.flush();
			return 0;
		} catch (InstallProblem problem) {
			return Failure.report(spec, problem);
		}
	}
}
