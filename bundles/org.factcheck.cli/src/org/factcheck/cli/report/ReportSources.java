package org.factcheck.cli.report;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Page;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.LocatedClaim;
import org.factcheck.engine.batch.VerifiedClaim;

/**
 * What reports know about the documents each claim was verified against: their metadata (title,
 * publisher, date, author, url, file) and the page an evidence passage stands on.
 */
public final class ReportSources {

	private final Map<LocatedClaim, CorpusStore> corpora = new IdentityHashMap<>();

	/** Sources for reports that show no document metadata. */
	public static ReportSources none() {
		return new ReportSources();
	}

	/** Records that {@code claims} were verified against {@code corpus}. */
	public ReportSources add(CorpusStore corpus, List<LocatedClaim> claims) {
		claims.forEach(claim -> corpora.put(claim, corpus));
		return this;
	}

	/** The corpus folder the claim was verified against. */
	public Optional<Path> corpus(VerifiedClaim claim) {
		return Optional.ofNullable(corpora.get(claim.source())).map(CorpusStore::corpusDirectory);
	}

	/** A document of the claim's corpus with its metadata. */
	public Optional<Document> document(VerifiedClaim claim, String documentId) {
		CorpusStore corpus = corpora.get(claim.source());
		return corpus == null ? Optional.empty() : corpus.document(documentId);
	}

	/** The page an evidence passage starts on, for documents with pages (PDF). */
	public Optional<Page> page(VerifiedClaim claim, Evidence evidence) {
		CorpusStore corpus = corpora.get(claim.source());
		if (corpus == null) {
			return Optional.empty();
		}
		Optional<Content> content = corpus.content(evidence.documentId());
		return content.filter(c -> !c.getPages().isEmpty()).map(c -> c.getPageAt(evidence.start()));
	}

	/** The text of a document of the claim's corpus. */
	public Optional<String> text(VerifiedClaim claim, String documentId) {
		CorpusStore corpus = corpora.get(claim.source());
		return corpus == null ? Optional.empty() : corpus.content(documentId).map(Content::getText);
	}

	/** {@code p. 12} for a passage on a page, else empty. */
	public Optional<String> pageLabel(VerifiedClaim claim, Evidence evidence) {
		return page(claim, evidence).map(page -> "p. " + page.getLabel());
	}

	/** The documents a claim cites or that give evidence on it, in that order, each once. */
	public List<Document> documents(VerifiedClaim claim) {
		Set<String> ids = new LinkedHashSet<>();
		claim.source().claim().citations().stream().map(Citation::documentId).forEach(ids::add);
		for (Finding finding : claim.result().findings()) {
			finding.evidence().forEach(evidence -> ids.add(evidence.documentId()));
		}
		return ids.stream().map(id -> document(claim, id)).flatMap(Optional::stream).toList();
	}
}
