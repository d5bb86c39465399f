package org.factcheck.ui.editor.hyperlinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.layout.Span;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.editor.hover.ClaimHover;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;
import org.factcheck.ui.editor.model.ClaimSnapshot;

/**
 * Ctrl+click in a claim file: a cited document id opens the document (at its quoted passage, when
 * the quote occurs verbatim); a claim's name opens the document of its deciding evidence with the
 * passage selected, and with several links shown, every other finding's passage too.
 */
public class ClaimHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		Optional<ClaimDocumentModel> model = ClaimDocumentModels.find(viewer.getDocument());
		Optional<ClaimSnapshot> snapshot = model.flatMap(ClaimDocumentModel::currentSnapshot);
		if (snapshot.isEmpty()) {
			return null;
		}
		Optional<CorpusView> corpus = snapshot.get().corpus();
		Optional<CorpusStore> store = corpus.flatMap(CorpusView::store);
		int offset = region.getOffset();
		Optional<ClaimLayout> claim = snapshot.get().layout().claimAt(offset);
		if (claim.isEmpty() || store.isEmpty()) {
			return null;
		}
		Optional<CitationLayout> citation = claim.get().citationAt(offset).filter(c -> c.idSpan().touches(offset));
		List<IHyperlink> links = new ArrayList<>();
		if (citation.isPresent()) {
			if (corpus.get().document(citation.get().documentId()).isPresent()) {
				links.add(documentLink(citation.get(), corpus.get(), store.get()));
			}
		} else if (claim.get().nameSpan().touches(offset)) {
			Optional<VerifiedClaim> verified = ClaimHover.verified(model.get().file(), claim.get().name());
			verified.ifPresent(result -> evidenceLinks(claim.get().nameSpan(), result, store.get(), links,
					canShowMultipleHyperlinks));
		}
		return links.isEmpty() ? null : links.toArray(IHyperlink[]::new);
	}

	private static IHyperlink documentLink(CitationLayout citation, CorpusView corpus, CorpusStore store) {
		int start = 0;
		int end = 0;
		if (citation.quote().isPresent()) {
			String text = corpus.content(citation.documentId()).map(Content::getText).orElse("");
			int at = text.indexOf(citation.quote().get().value());
			if (at >= 0) {
				start = at;
				end = at + citation.quote().get().value().length();
			}
		}
		return new CorpusDocumentHyperlink(region(citation.idSpan()), store, citation.documentId(), start, end,
				"Open " + citation.documentId());
	}

	private static void evidenceLinks(Span name, VerifiedClaim verified, CorpusStore store, List<IHyperlink> links,
			boolean several) {
		Optional<Finding> deciding = verified.result().verdict().deciding();
		deciding.filter(finding -> !finding.evidence().isEmpty())
				.ifPresent(finding -> links.add(evidenceLink(name, finding.evidence().get(0), store, "Open the deciding evidence")));
		if (!several) {
			return;
		}
		for (Finding finding : verified.result().findings()) {
			if (finding.evidence().isEmpty() || deciding.filter(finding::equals).isPresent()) {
				continue;
			}
			Evidence evidence = finding.evidence().get(0);
			boolean shown = links.stream().anyMatch(link -> link instanceof CorpusDocumentHyperlink document
					&& document.documentId().equals(evidence.documentId()) && link.getHyperlinkText().endsWith(
							"[" + evidence.start() + "]"));
			if (!shown) {
				links.add(evidenceLink(name, evidence, store, "Open the evidence of " + finding.checkerId()));
			}
		}
	}

	private static IHyperlink evidenceLink(Span name, Evidence evidence, CorpusStore store, String label) {
		return new CorpusDocumentHyperlink(region(name), store, evidence.documentId(), evidence.start(), evidence.end(),
				label + " in " + evidence.documentId() + " [" + evidence.start() + "]");
	}

	private static IRegion region(Span span) {
		return new Region(span.offset(), span.length());
	}
}
