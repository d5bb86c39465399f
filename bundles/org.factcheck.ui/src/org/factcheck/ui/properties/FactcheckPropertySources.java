package org.factcheck.ui.properties;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.DateMention;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.NumberMention;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.Span;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.views.CheckerNames;
import org.factcheck.ui.views.corpus.CorpusNode;
import org.factcheck.ui.views.corpus.FurnitureSpans;
import org.factcheck.ui.views.verification.ClaimRow;

/**
 * Properties of what the Fact-check views show (EMF's edit UI bundles are not available, so the
 * corpus model gets hand-written property sources): corpora, documents, paragraphs and sentences
 * of the Corpus view, and claims of the Verification view.
 */
public final class FactcheckPropertySources implements IAdapterFactory {

	private static final String GENERAL = "General";
	private static final String TEXT = "Text";
	private static final String FOUND = "Found in the text";
	private static final String VERIFICATION = "Verification";

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		IPropertySource source = switch (adaptable) {
		case Document document -> of(document);
		case Paragraph paragraph -> of(paragraph);
		case Sentence sentence -> of(sentence);
		case CorpusNode corpus -> of(corpus);
		case ClaimRow row -> of(row);
		default -> null;
		};
		return adapterType.cast(source);
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	private static IPropertySource of(Document document) {
		ReadOnlyPropertySource source = new ReadOnlyPropertySource()
				.add(GENERAL, "Id", document.getId())
				.add(GENERAL, "Title", document.getTitle())
				.add(GENERAL, "Publisher", document.getPublisher())
				.add(GENERAL, "Published", document.getPublished())
				.add(GENERAL, "URL", document.getUrl())
				.add(GENERAL, "Section", document.getSection())
				.add(GENERAL, "Language", document.getLanguage())
				.add(GENERAL, "Source file", document.getPath())
				.add(GENERAL, "Fingerprint", document.getFingerprint());
		Content content = document.getContent();
		if (content != null && !content.eIsProxy()) {
			source.add(TEXT, "Characters", content.getText().length())
					.add(TEXT, "Paragraphs", content.getParagraphs().size())
					.add(TEXT, "Sentences", content.getParagraphs().stream().mapToInt(p -> p.getSentences().size()).sum());
			addFound(source, content.getAnnotations());
		}
		return source;
	}

	private static IPropertySource of(Paragraph paragraph) {
		ReadOnlyPropertySource source = span(paragraph).add(GENERAL, "Sentences", paragraph.getSentences().size());
		addFound(source, within(paragraph));
		return source;
	}

	private static IPropertySource of(Sentence sentence) {
		ReadOnlyPropertySource source = span(sentence).add(GENERAL, "Index", sentence.getIndex());
		addFound(source, within(sentence));
		return source;
	}

	private static ReadOnlyPropertySource span(Span span) {
		return new ReadOnlyPropertySource()
				.add(GENERAL, "Start", span.getStart())
				.add(GENERAL, "End", span.getEnd())
				.add(GENERAL, "Page furniture", FurnitureSpans.of(span).map(kind -> kind.getLiteral()).orElse("no"))
				.add(TEXT, "Text", span.getText());
	}

	private static List<Annotation> within(Span span) {
		Content content = FurnitureSpans.contentOf(span);
		if (content == null) {
			return List.of();
		}
		return content.getAnnotations().stream()
				.filter(annotation -> annotation.getStart() >= span.getStart() && annotation.getEnd() <= span.getEnd())
				.map(Annotation.class::cast).toList();
	}

	private static void addFound(ReadOnlyPropertySource source, List<Annotation> annotations) {
		source.add(FOUND, "Numbers", listed(annotations, NumberMention.class))
				.add(FOUND, "Dates", listed(annotations, DateMention.class))
				.add(FOUND, "Quotations", annotations.stream().filter(QuoteMention.class::isInstance)
						.map(QuoteMention.class::cast)
						.map(quote -> "„" + quote.getText() + "“" + (quote.getSpeaker() == null ? "" : " (" + quote.getSpeaker() + ")"))
						.collect(Collectors.collectingAndThen(Collectors.joining("; "), text -> text.isEmpty() ? null : text)))
				.add(FOUND, "Furniture spans", annotations.stream().filter(org.factcheck.corpus.Furniture.class::isInstance)
						.count());
	}

	private static String listed(List<Annotation> annotations, Class<? extends Annotation> type) {
		String text = annotations.stream().filter(type::isInstance).map(Span::getText).distinct()
				.collect(Collectors.joining(", "));
		return text.isEmpty() ? null : text;
	}

	private static IPropertySource of(CorpusNode corpus) {
		ReadOnlyPropertySource source = new ReadOnlyPropertySource().add(GENERAL, "Folder", corpus.folder());
		corpus.store().ifPresent(store -> addStore(source, store));
		return source;
	}

	private static void addStore(ReadOnlyPropertySource source, CorpusStore store) {
		source.add(GENERAL, "Documents", store.corpus().getDocuments().size())
				.add(GENERAL, "Cache folder", store.cacheDirectory())
				.add("Last import", "Imported", store.importSummary().imported())
				.add("Last import", "Unchanged", store.importSummary().unchanged())
				.add("Last import", "Removed", store.importSummary().removed())
				.add("Last import", "Took", String.format(Locale.ROOT, "%.2f s", store.importSummary().elapsed().toMillis() / 1000.0))
				.add("Last import", "Problems", store.problems().isEmpty() ? "none"
						: store.problems().stream().map(problem -> problem.file().getFileName() + ": " + problem.message())
								.collect(Collectors.joining("; ")));
	}

	private static IPropertySource of(ClaimRow row) {
		Claim claim = row.claim().source().claim();
		ReadOnlyPropertySource source = new ReadOnlyPropertySource()
				.add(GENERAL, "Name", claim.name())
				.add(GENERAL, "Text", claim.text())
				.add(GENERAL, "File", row.file().getFullPath())
				.add(GENERAL, "Line", row.line())
				.add(GENERAL, "Cites", claim.citations().isEmpty() ? "nothing"
						: claim.citations().stream().map(FactcheckPropertySources::citation).collect(Collectors.joining(", ")))
				.add(GENERAL, "As of", claim.asOf().orElse(null))
				.add(GENERAL, "Expected", row.expected().map(verdict -> verdict.label()).orElse("nothing"))
				.add(VERIFICATION, "Verdict", row.verdict().label())
				.add(VERIFICATION, "Reason", row.claim().result().verdict().reason())
				.add(VERIFICATION, "Deciding checker", row.deciding().map(f -> CheckerNames.of(f.checkerId())).orElse("none"))
				.add(VERIFICATION, "Findings", row.claim().result().findings().size())
				.add(VERIFICATION, "Evidence passages", row.evidenceCount());
		if (!row.claim().result().errors().isEmpty()) {
			source.add(VERIFICATION, "Checker failures", String.join("; ", row.claim().result().errors()));
		}
		return source;
	}

	private static String citation(Citation citation) {
		return citation.documentId() + citation.quote().map(quote -> " „" + quote + "“").orElse("");
	}
}
