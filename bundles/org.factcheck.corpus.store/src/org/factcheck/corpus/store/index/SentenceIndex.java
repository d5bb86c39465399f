package org.factcheck.corpus.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.factcheck.corpus.store.SentenceMatch;

/**
 * Searches the sentence index with BM25: the query text is analysed like the sentences and each
 * of its terms is an optional clause, so the sentences sharing the most (and rarest) terms come
 * first. One searcher is shared by all threads.
 */
public final class SentenceIndex implements Closeable {

	private static final int MAX_QUERY_TERMS = 512;

	private final Directory directory;
	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final Analyzer analyzer = new GermanSentenceAnalyzer();

	private SentenceIndex(Directory directory, DirectoryReader reader) {
		this.directory = directory;
		this.reader = reader;
		this.searcher = reader == null ? null : new IndexSearcher(reader);
	}

	public static SentenceIndex open(Path folder) throws IOException {
		Directory directory = FSDirectory.open(folder);
		try {
			DirectoryReader reader = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
			return new SentenceIndex(directory, reader);
		} catch (IOException | RuntimeException e) {
			directory.close();
			throw e;
		}
	}

	public List<SentenceMatch> search(String text, Set<String> documentIds, int limit) {
		if (searcher == null || limit <= 0 || text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> terms = terms(text);
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String term : terms) {
			any.add(new TermQuery(new Term(SentenceIndexWriter.TEXT, term)), Occur.SHOULD);
		}
		Query query = any.build();
		if (documentIds != null && !documentIds.isEmpty()) {
			List<BytesRef> ids = documentIds.stream().map(BytesRef::new).toList();
			query = new BooleanQuery.Builder().add(query, Occur.MUST)
					.add(new TermInSetQuery(SentenceIndexWriter.DOCUMENT, ids), Occur.FILTER).build();
		}
		try {
			TopDocs top = searcher.search(query, limit);
			StoredFields stored = searcher.storedFields();
			List<SentenceMatch> matches = new ArrayList<>(top.scoreDocs.length);
			for (ScoreDoc hit : top.scoreDocs) {
				Document d = stored.document(hit.doc);
				matches.add(new SentenceMatch(d.get(SentenceIndexWriter.DOCUMENT),
						d.getField(SentenceIndexWriter.SENTENCE).numericValue().intValue(),
						d.getField(SentenceIndexWriter.START).numericValue().intValue(),
						d.getField(SentenceIndexWriter.END).numericValue().intValue(), d.get(SentenceIndexWriter.TEXT),
						hit.score));
			}
			return matches;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot search the sentence index", e);
		}
	}

	private Set<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream(SentenceIndexWriter.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
				terms.add(term.toString());
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot analyse the query", e);
		}
		return terms;
	}

	@Override
	public void close() throws IOException {
		try {
			if (reader != null) {
				reader.close();
			}
		} finally {
			analyzer.close();
			directory.close();
		}
	}
}
