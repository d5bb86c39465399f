package org.factcheck.ui.editor.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.corpus.Document;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.quickfix.VerdictFixes;
import org.factcheck.ui.editor.hover.ClaimHover;

/** The fixes the latest verification of a claim suggests ({@link VerdictFixes}), for the claim as parsed now. */
public final class ClaimFixes {

	private static final VerdictFixes FIXES = new VerdictFixes();

	private ClaimFixes() {
	}

	public static List<ClaimFix> fromVerdict(Optional<IFile> file, Claim claim, Optional<CorpusView> corpus) {
		if (claim.getName() == null) {
			return List.of();
		}
		return ClaimHover.verified(file, claim.getName())
				.map(verified -> FIXES.fixes(claim, verified.result(),
						id -> corpus.flatMap(view -> view.document(id)).map(Document::getPublished)))
				.orElse(List.of());
	}

	/** The claim with this name in a parsed claim file. */
	public static Optional<Claim> claim(org.eclipse.xtext.resource.XtextResource resource, String name) {
		if (resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof org.factcheck.claims.claims.ClaimFile file)) {
			return Optional.empty();
		}
		return file.getClaims().stream().filter(claim -> name.equals(claim.getName())).findFirst();
	}
}
