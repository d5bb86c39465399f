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
		QuietLogging.install();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		return FactcheckCommand.run(args == null ? new String[0] : args, out, err);
	}

	@Override
	public void stop() {
	}
}
