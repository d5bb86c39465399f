package org.factcheck.ui.editor.hover;

import java.util.Locale;
import java.util.Optional;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.claims.corpus.ArticleSentences;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Sentence;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.policy.ClaimVerdict;
import org.factcheck.ui.editor.hover.HoverText.Style;

/** The texts of the claim editor's hovers: a cited document, and a claim with its last verdict. */
public final class ClaimHoverTexts {

	private ClaimHoverTexts() {
	}

	/** Title, publisher, date, URL and first sentence of a cited document. */
	public static HoverText document(Optional<CorpusView> corpus, String id) {
		HoverText hover = new HoverText();
		if (corpus.isEmpty()) {
			return hover.append("Document " + id, Style.TITLE).line()
					.append("No corpus is open for this file: check its corpus line.", Style.MUTED);
		}
		Optional<Document> document = corpus.get().document(id);
		if (document.isEmpty()) {
			return hover.append("Unknown document " + id, Style.TITLE).line()
					.append("The corpus " + corpus.get().directory() + " has no document with this id.", Style.MUTED);
		}
		Document found = document.get();
		hover.append(present(found.getTitle()) ? found.getTitle().strip() : id, Style.TITLE);
		StringBuilder source = new StringBuilder();
		if (present(found.getPublisher())) {
			source.append(found.getPublisher().strip());
		}
		if (found.getPublished() != null) {
			source.append(source.isEmpty() ? "" : " · ").append(found.getPublished());
		}
		if (!source.isEmpty()) {
			hover.line().append(source.toString());
		}
		if (present(found.getUrl())) {
			hover.line().append(found.getUrl().strip(), Style.MUTED);
		}
		String title = present(found.getTitle()) ? normalised(found.getTitle()) : "";
		corpus.get().content(id).map(ArticleSentences::of).orElse(java.util.List.of()).stream()
				.map(Sentence::getText).map(ClaimHoverTexts::normalised).filter(sentence -> !sentence.equals(title))
				.findFirst().ifPresent(first -> hover.paragraph().append(first, Style.ITALIC));
		return hover.paragraph().append("Document " + id + " · Ctrl+click opens it", Style.MUTED);
	}

	/** A claim's last verdict, the deciding checker and evidence, or that it was not verified yet. */
	public static HoverText claim(ClaimLayout claim, Optional<VerifiedClaim> verified, Optional<CorpusView> corpus) {
		HoverText hover = new HoverText();
		if (verified.isEmpty()) {
			return hover.append(claim.name(), Style.TITLE).line()
					.append("Not verified yet: save the file or run verification.", Style.MUTED);
		}
		ClaimVerdict verdict = verified.get().result().verdict();
		hover.append(capitalised(verdict.verdict().label()), style(verdict.verdict()));
		verified.get().source().expected().ifPresent(expected -> {
			if (expected == verdict.verdict()) {
				hover.append("  ✓ as expected", Style.MUTED);
			} else {
				hover.append("  ✗ expected " + expected.label(), Style.FAILED);
			}
		});
		verdict.deciding().ifPresent(deciding -> hover.line().append("Decided by " + CheckerNames.of(deciding.checkerId())
				+ String.format(Locale.ROOT, " · confidence %.2f", deciding.confidence()), Style.MUTED));
		Optional<Evidence> evidence = verdict.deciding().filter(deciding -> !deciding.evidence().isEmpty())
				.map(deciding -> deciding.evidence().get(0));
		hover.paragraph().append(withoutPassage(verdict.reason(), evidence));
		evidence.ifPresent(passage -> evidence(hover, passage, claim.text(), corpus));
		for (Finding finding : verdict.findings()) {
			if (finding.kind() == FindingKind.CITATION || finding.kind() == FindingKind.NOTE) {
				hover.paragraph().append(finding.message(), Style.ITALIC);
			}
		}
		for (String error : verified.get().result().errors()) {
			hover.paragraph().append(error, Style.FAILED);
		}
		if (!verified.get().source().claim().text().equals(claim.text())) {
			hover.paragraph().append("The text changed since it was verified: verify again.", Style.MUTED);
		}
		return hover;
	}

	/**
	 * The reason without the evidence passage it quotes, which the hover shows next, emphasised: a
	 * hover has about a dozen lines.
	 */
	private static String withoutPassage(String reason, Optional<Evidence> evidence) {
		String text = normalised(reason);
		if (evidence.isEmpty()) {
			return text;
		}
		String passage = normalised(evidence.get().text());
		int at = text.indexOf("„" + passage);
		if (at < 0 && passage.length() > 40) {
			at = text.indexOf("„" + passage.substring(0, 40));
		}
		if (at <= 0) {
			return text;
		}
		String before = text.substring(0, at).strip();
		return before.endsWith(":") ? before.substring(0, before.length() - 1) + "." : before;
	}

	private static void evidence(HoverText hover, Evidence evidence, String claimText, Optional<CorpusView> corpus) {
		String passage = normalised(evidence.text());
		hover.line().append("„").append(passage, Style.EMPHASIS, MatchingWords.in(passage, claimText)).append("“");
		Optional<Document> document = corpus.flatMap(view -> view.document(evidence.documentId()));
		StringBuilder source = new StringBuilder("— ");
		document.map(Document::getTitle).filter(ClaimHoverTexts::present)
				.ifPresent(title -> source.append(shortened(normalised(title))).append(", "));
		source.append(evidence.documentId());
		document.map(Document::getPublished).ifPresent(date -> source.append(", ").append(date));
		hover.line().append(source.toString(), Style.MUTED);
	}

	private static Style style(Verdict verdict) {
		return switch (verdict) {
		case SUPPORTED -> Style.SUPPORTED;
		case CONFLICTING -> Style.CONFLICTING;
		case UNSOURCED -> Style.UNSOURCED;
		};
	}

	private static String capitalised(String label) {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	private static String normalised(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static String shortened(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59).stripTrailing() + "…";
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}
}
