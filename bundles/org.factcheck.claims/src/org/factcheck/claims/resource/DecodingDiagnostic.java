package org.factcheck.claims.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.factcheck.text.encoding.DecodingProblem;

/** A problem with the bytes of a claim file, as a resource warning at its line and column. */
final class DecodingDiagnostic implements Diagnostic {

	/** Issue code of decoding warnings. */
	static final String CODE = "org.factcheck.claims.encoding";

	private final URI uri;
	private final DecodingProblem problem;
	private final int offset;

	DecodingDiagnostic(URI uri, String text, DecodingProblem problem) {
		this.uri = uri;
		this.problem = problem;
		this.offset = offsetOf(text, problem.line(), problem.column());
	}

	private static int offsetOf(String text, int line, int column) {
		if (text == null || line <= 0) {
			return 0;
		}
		int offset = 0;
		for (int current = 1; current < line && offset < text.length(); offset++) {
			if (text.charAt(offset) == '\n') {
				current++;
			}
		}
		return Math.min(text.length(), offset + Math.max(0, column - 1));
	}

	@Override
	public String getMessage() {
		return problem.message();
	}

	@Override
	public String getLocation() {
		return uri == null ? null : uri.toString();
	}

	@Override
	public int getLine() {
		return Math.max(1, problem.line());
	}

	@Override
	public int getColumn() {
		return Math.max(1, problem.column());
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return 1;
	}

	@Override
	public int getLineEnd() {
		return getLine();
	}

	@Override
	public int getColumnEnd() {
		return getColumn() + 1;
	}
}
