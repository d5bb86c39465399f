package org.factcheck.ui.editor.model;

import java.util.List;
import java.util.Optional;

import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.claims.layout.Span;

/**
 * What one parse and validation of a claim document found, for the document version it was made
 * from. Immutable: hand it to any thread. Offsets are valid while the document's modification
 * stamp equals {@link #stamp()}.
 *
 * @param stamp        the document's modification stamp this snapshot describes
 * @param layout       where claims and their parts are written
 * @param problems     errors and warnings, in document order
 * @param highlights   semantic highlighting ranges, in document order
 * @param folds        multi-line claims and block comments
 * @param corpus       the corpus the file's citations refer to, if it could be opened
 * @param syntaxErrors whether the file has syntax errors
 */
public record ClaimSnapshot(long stamp, ClaimFileLayout layout, List<Problem> problems, List<StyledRange> highlights,
		List<Span> folds, Optional<CorpusView> corpus, boolean syntaxErrors) {

	public ClaimSnapshot {
		problems = List.copyOf(problems);
		highlights = List.copyOf(highlights);
		folds = List.copyOf(folds);
	}
}
