package org.factcheck.ui.editor.hover;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;
import org.factcheck.ui.editor.model.ClaimSnapshot;

/**
 * Hovers of the claim editor: on a cited document id its title, publisher, date, URL and first
 * sentence; on a claim's name and text its last verdict, the deciding checker and the evidence
 * with the words it shares with the claim emphasised.
 */
public class ClaimHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	/** What the mouse is over. */
	private sealed interface Target {
	}

	private record OnDocument(String documentId) implements Target {
	}

	private record OnClaim(ClaimLayout claim) implements Target {
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return target(viewer, offset).map(target -> target instanceof OnDocument ? citationRegion(viewer, offset)
				: claimRegion(((OnClaim) target).claim())).orElse(null);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		Optional<ClaimDocumentModel> model = ClaimDocumentModels.find(viewer.getDocument());
		ClaimSnapshot snapshot = model.map(ClaimDocumentModel::snapshot).orElse(null);
		if (snapshot == null) {
			return null;
		}
		return target(viewer, region.getOffset()).map(target -> {
			if (target instanceof OnDocument onDocument) {
				return ClaimHoverTexts.document(snapshot.corpus(), onDocument.documentId());
			}
			ClaimLayout claim = ((OnClaim) target).claim();
			return ClaimHoverTexts.claim(claim, verified(model.get().file(), claim.name()), snapshot.corpus());
		}).orElse(null);
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Object info = getHoverInfo2(viewer, region);
		return info == null ? null : info.toString();
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return StyledHoverControl.creator();
	}

	/** The latest verification result of a claim of the file. */
	public static Optional<VerifiedClaim> verified(Optional<IFile> file, String claimName) {
		return file.flatMap(f -> FactcheckUi.getDefault().results().of(f)).flatMap(result -> result.claim(claimName));
	}

	private static Optional<Target> target(ITextViewer viewer, int offset) {
		ClaimSnapshot snapshot = ClaimDocumentModels.find(viewer.getDocument()).map(ClaimDocumentModel::snapshot)
				.orElse(null);
		if (snapshot == null) {
			return Optional.empty();
		}
		Optional<ClaimLayout> claim = snapshot.layout().claimAt(offset);
		if (claim.isEmpty()) {
			return Optional.empty();
		}
		Optional<CitationLayout> citation = claim.get().citationAt(offset)
				.filter(candidate -> candidate.idSpan().touches(offset));
		if (citation.isPresent()) {
			return Optional.of(new OnDocument(citation.get().documentId()));
		}
		if (offset <= claim.get().headerEnd()) {
			return Optional.of(new OnClaim(claim.get()));
		}
		return Optional.empty();
	}

	private static IRegion citationRegion(ITextViewer viewer, int offset) {
		return ClaimDocumentModels.find(viewer.getDocument()).map(ClaimDocumentModel::snapshot)
				.flatMap(snapshot -> snapshot.layout().claimAt(offset)).flatMap(claim -> claim.citationAt(offset))
				.map(citation -> (IRegion) new Region(citation.idSpan().offset(), citation.idSpan().length())).orElse(null);
	}

	private static IRegion claimRegion(ClaimLayout claim) {
		return new Region(claim.span().offset(), claim.headerEnd() - claim.span().offset());
	}
}
