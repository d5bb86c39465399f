package org.factcheck.ui.editor.quickfix;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.writing.ClaimFix;
import org.factcheck.corpus.Document;
import org.factcheck.engine.fixes.VerdictFixes;
import org.factcheck.ui.editor.hover.ClaimHover;

/** The fixes the latest verification suggests for a claim as it is written now. */
public final class ClaimFixes {

	private ClaimFixes() {
	}

	public static List<ClaimFix> fromVerdict(Optional<IFile> file, ClaimLayout claim, Optional<CorpusView> corpus) {
		return ClaimHover.verified(file, claim.name())
				.map(verified -> VerdictFixes.of(claim, verified.result().verdict(), id -> publishedDate(corpus, id)))
				.orElse(List.of());
	}

	private static Optional<LocalDate> publishedDate(Optional<CorpusView> corpus, String documentId) {
		return corpus.flatMap(view -> view.document(documentId)).map(Document::getPublished);
	}
}
