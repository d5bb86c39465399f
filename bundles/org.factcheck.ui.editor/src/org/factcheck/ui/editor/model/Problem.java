package org.factcheck.ui.editor.model;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.factcheck.quickfix.ClaimFix;

/**
 * A problem the claim language found in a document, with the fixes it has.
 *
 * @param severity error, warning or info
 * @param message  what is wrong, as the command line reports it
 * @param offset   where, in the document version of its snapshot
 * @param length   how long; at least 1 where the text allows
 * @param line     1-based line
 * @param code     the issue code ({@link org.factcheck.claims.validation.ClaimsIssueCodes}), may be null
 * @param data     the issue data
 * @param fixes    the fixes, possibly none
 */
public record Problem(Severity severity, String message, int offset, int length, int line, String code,
		List<String> data, List<ClaimFix> fixes) {

	public Problem {
		data = List.copyOf(data);
		fixes = List.copyOf(fixes);
	}
}
