package org.factcheck.corpus.formats;

/**
 * A file, or an entry of a file, holds no document that can be imported: a scanned PDF without a
 * text layer, a broken or password-protected file, an entry without text.
 */
public final class UnreadableDocumentException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient ReadProblem problem;

	public UnreadableDocumentException(ReadProblem problem) {
		super(problem.message());
		this.problem = problem;
	}

	public UnreadableDocumentException(ReadProblem problem, Throwable cause) {
		super(problem.message(), cause);
		this.problem = problem;
	}

	/** Where and why, as the import problem to report. */
	public ReadProblem problem() {
		return problem;
	}
}
