package org.factcheck.cli.verify;

import java.nio.file.Path;
import java.util.function.IntConsumer;

import org.factcheck.corpus.store.ImportProgress;

/**
 * Ends a run that uses the quick JIT compiler alone when an import of many documents lies ahead,
 * so that the {@code factcheck} script starts it again with the optimizing compiler.
 * <p>
 * The script runs the command line with the C1 compiler only: a verification lasts seconds, and
 * C1 alone halves its CPU time. An import of tens of thousands of documents runs the same code
 * for minutes, where the C2 compiler's code pays for its compilation many times over (plain
 * Lucene indexing of 100,000 documents: 73 s of CPU with C2, 122 s with C1 alone). The script
 * says it can start a run again with the system property {@code factcheck.compiler=quick}; the
 * run then ends with status {@value #STATUS} when it is told that {@value #DOCUMENTS} documents or
 * more are about to be imported, which the store tells before it writes anything.
 */
public final class LongImportRelaunch implements ImportProgress {

	/** The exit status that asks the script to start the run again with the optimizing compiler. */
	public static final int STATUS = 24;
	/** Imports of this many documents or more are worth a new start. */
	public static final int DOCUMENTS = 20_000;
	static final String PROPERTY = "factcheck.compiler";

	private final ImportProgress progress;
	private final IntConsumer exit;

	/** Tells {@code progress} everything, after {@code exit} was given {@link #STATUS} before a long import. */
	public LongImportRelaunch(ImportProgress progress, IntConsumer exit) {
		this.progress = progress;
		this.exit = exit;
	}

	/**
	 * {@code progress}, ending the process before a long import when the script can start it again
	 * with the optimizing compiler; {@code progress} itself otherwise.
	 */
	public static ImportProgress around(ImportProgress progress) {
		return "quick".equals(System.getProperty(PROPERTY)) ? new LongImportRelaunch(progress, System::exit)
				: progress;
	}

	@Override
	public void started(Path corpus, int documents) {
		if (documents >= DOCUMENTS) {
			exit.accept(STATUS);
		}
		progress.started(corpus, documents);
	}

	@Override
	public void imported(int done) {
		progress.imported(done);
	}

	@Override
	public void finished() {
		progress.finished();
	}
}
