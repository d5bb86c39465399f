package org.factcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application {@code org.factcheck.cli.factcheck}; its exit status is the command's. */
public final class FactcheckApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args == null || !FactcheckCommand.asksForVersionOnly(args)) {
			// a version is printed without loading any library that logs
			QuietLogging.install();
		}
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		return FactcheckCommand.run(args == null ? new String[0] : args, out, err);
	}

	@Override
	public void stop() {
	}
}
