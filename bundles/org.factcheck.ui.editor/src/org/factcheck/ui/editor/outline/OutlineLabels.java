package org.factcheck.ui.editor.outline;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.factcheck.checker.Verdict;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.corpus.Document;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.editor.ClaimEditorPlugin;

/**
 * Labels of the claim outline: a claim with its verdict icon, its name and the start of its text,
 * and a failed expectation in red; a citation with its document's title and the start of its quote.
 */
final class OutlineLabels extends LabelProvider implements IStyledLabelProvider {

	private static final StyledString.Styler FAILED = StyledString
			.createColorRegistryStyler("org.factcheck.ui.editor.color.verdictConflicting", null);

	private final Function<String, Optional<VerifiedClaim>> results;
	private final java.util.function.Supplier<Optional<CorpusView>> corpus;

	OutlineLabels(Function<String, Optional<VerifiedClaim>> results, java.util.function.Supplier<Optional<CorpusView>> corpus) {
		this.results = results;
		this.corpus = corpus;
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof ClaimLayout claim) {
			StyledString label = new StyledString(claim.name().isEmpty() ? "(unnamed claim)" : claim.name());
			label.append("  " + shortened(claim.text(), 60), StyledString.QUALIFIER_STYLER);
			Optional<VerifiedClaim> verified = results.apply(claim.name());
			verified.filter(result -> !result.meetsExpectation()).flatMap(result -> result.source().expected())
					.ifPresent(expected -> label.append("  expected " + expected.label(), FAILED));
			return label;
		}
		if (element instanceof CitationLayout citation) {
			StyledString label = new StyledString(citation.documentId());
			corpus.get().flatMap(view -> view.document(citation.documentId())).map(Document::getTitle)
					.filter(title -> title != null && !title.isBlank())
					.ifPresent(title -> label.append("  " + shortened(title.strip(), 50), StyledString.QUALIFIER_STYLER));
			citation.quote().ifPresent(quote -> label.append("  „" + shortened(quote.value(), 40) + "“",
					StyledString.DECORATIONS_STYLER));
			return label;
		}
		return new StyledString(String.valueOf(element));
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ClaimLayout claim) {
			Optional<Verdict> verdict = results.apply(claim.name()).map(result -> result.result().verdictValue());
			return ClaimEditorPlugin.verdictImage(verdict);
		}
		if (element instanceof CitationLayout) {
			return ClaimEditorPlugin.image(ClaimEditorPlugin.IMAGE_DOCUMENT);
		}
		return null;
	}

	private static String shortened(String text, int length) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= length ? line : line.substring(0, length - 1).stripTrailing() + "…";
	}
}
