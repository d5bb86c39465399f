package org.factcheck.lsp;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.PatternLayout;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The headless application {@code org.factcheck.lsp.server} that {@code ./factcheck lsp} starts:
 * the claim language's server on standard input and output. Standard output carries nothing but
 * LSP messages: everything else that would print there goes to standard error, as do the
 * libraries' warnings.
 */
public final class LanguageServerApplication implements IApplication {

	/** Loggers of libraries that report through java.util.logging, kept so that their levels stay. */
	private static final List<java.util.logging.Logger> LIBRARY_LOGGERS = List.of(
			java.util.logging.Logger.getLogger("org.apache.lucene"), java.util.logging.Logger.getLogger("org.apache.pdfbox"));

	@Override
	public Object start(IApplicationContext context) throws InterruptedException, ExecutionException {
		InputStream in = System.in;
		PrintStream out = System.out;
		System.setOut(System.err);
		System.setIn(new ByteArrayInputStream(new byte[0]));
		logToStandardError();
		ClaimsLanguageServer server;
		try {
			server = ClaimsServer.create();
		} catch (RuntimeException | LinkageError e) {
			System.err.println("factcheck lsp: the server cannot start: " + e);
			e.printStackTrace();
			return 1;
		}
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
		return EXIT_OK;
	}

	private static void logToStandardError() {
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
		}
		org.apache.log4j.Logger root = LogManager.getRootLogger();
		root.removeAllAppenders();
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("factcheck lsp: %p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR);
		root.addAppender(appender);
		root.setLevel(Level.WARN);
		LIBRARY_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
	}

	@Override
	public void stop() {
	}
}
