package org.factcheck.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.log4j.LogManager;
import org.apache.log4j.varia.NullAppender;

/**
 * Keeps the libraries' own logging off standard error, which belongs to the command's messages:
 * Xtext's log4j (problems reach the user as diagnostics), OpenNLP's SLF4J, Lucene's notes and
 * PDFBox's font fallbacks (what matters in a PDF reaches the user as an import problem).
 */
final class QuietLogging {

	private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");
	private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

	private QuietLogging() {
	}

	static void install() {
		// SLF4J's ServiceLoader lookup does not see the provider bundle inside OSGi; name the no-op
		// provider that slf4j-api itself contains, and keep SLF4J's own notes quiet.
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
		}
		if (System.getProperty("slf4j.internal.verbosity") == null) {
			System.setProperty("slf4j.internal.verbosity", "WARN");
		}
		LUCENE.setLevel(Level.SEVERE);
		PDFBOX.setLevel(Level.SEVERE);
		org.apache.log4j.Logger root = LogManager.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new NullAppender());
		}
		root.setLevel(org.apache.log4j.Level.ERROR);
	}
}
