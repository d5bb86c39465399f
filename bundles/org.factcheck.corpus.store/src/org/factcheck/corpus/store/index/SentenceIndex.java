package org.factcheck.corpus.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.factcheck.corpus.store.SentenceMatch;

/**
 * Searches the indexed sentences with BM25: the query text is analysed like the sentences and
 * each of its terms is an optional clause, so the sentences sharing the most (and rarest) terms
 * come first. Every hit is checked against its checksum; a damaged one is left out and its
 * document reported. A hit's text is cut from its document's text, which is stored once with the
 * content of the document's record (see {@link IndexDocuments}); its position is a doc value, not a
 * stored field, whose reading decompressed the stored contents beside it. A hit's position, and a
 * document's text, are read and checked once per index: the same sentences and documents come up
 * for claim after claim, and decompressing them was a tenth of verifying a claim.
 * <p>
 * Hits of equal score come in the order of their document id and sentence index, and a limit that
 * falls among equal scores keeps the first of them in that order (up to {@link #MAX_TIES} beyond
 * the limit are looked at): the answer does not depend on the order in which an import's threads
 * added the documents. Lucene alone breaks ties by its internal document number.
 * <p>
 * Thread-safe.
 */
public final class SentenceIndex {

	private static final int MAX_QUERY_TERMS = 512;

	/** How many hits beyond the limit are read to order the ones tied with the last hit within it. */
	static final int MAX_TIES = 64;

	private static final Comparator<SentenceMatch> ORDER = Comparator.comparingDouble(SentenceMatch::score).reversed()
			.thenComparing(SentenceMatch::documentId).thenComparingInt(SentenceMatch::sentenceIndex);

	/** How many read hits are kept (a few hundred bytes each); emptied when full. */
	static final int MAX_READ_HITS = 100_000;

	/** How many characters of document texts are kept; emptied when full. */
	static final long MAX_TEXT_CHARACTERS = 16L << 20;

	/** A hit's sentence, read and checked against its checksum. */
	private record ReadHit(String documentId, IndexedSentence sentence) {
	}

	/** The text of a corpus document from its stored content bytes. */
	@FunctionalInterface
	public interface DocumentText {

		/** The text, or null if the bytes are damaged. */
		String of(String documentId, byte[] content);

		/**
		 * The text of a document that the caller holds already, read and checked when its content
		 * was loaded, or null (the default) to read it from the stored content. A cited document of
		 * 50 MB is loaded for its claim anyway; reading its stored content again for each search
		 * that hits it cost as much as loading it.
		 */
		default String loaded(String documentId) {
			return null;
		}
	}

	private static final Set<String> RECORD_FIELDS = Set.of(IndexFields.DOC, IndexFields.CONTENT);

	private final IndexSearcher searcher;
	private final Analyzer analyzer;
	private final DocumentText documentText;
	private final Consumer<String> damaged;
	/** Read hits by Lucene document number, which is fixed for the searcher's reader. */
	private final Map<Integer, ReadHit> readHits = new ConcurrentHashMap<>();
	/** Document texts by their record's Lucene document number, for later hits in the same documents. */
	private final Map<Integer, String> texts = new ConcurrentHashMap<>();
	/** The characters held in {@link #texts}. */
	private final AtomicLong textCharacters = new AtomicLong();
	/** How many characters of document texts {@link #texts} holds at most. */
	private final long textBudget;

	/**
	 * @param documentText reads a document's text from its stored content
	 * @param damaged      told the id of a document whose indexed sentence fails its checksum
	 */
	public SentenceIndex(IndexSearcher searcher, Analyzer analyzer, DocumentText documentText, Consumer<String> damaged) {
		this(searcher, analyzer, documentText, damaged, MAX_TEXT_CHARACTERS);
	}

	/**
	 * @param textBudget how many characters of document texts are kept for later searches; a longer
	 *                   text is read once per search
	 */
	public SentenceIndex(IndexSearcher searcher, Analyzer analyzer, DocumentText documentText, Consumer<String> damaged,
			long textBudget) {
		this.searcher = searcher;
		this.analyzer = analyzer;
		this.documentText = documentText;
		this.damaged = damaged;
		this.textBudget = textBudget;
	}

	public List<SentenceMatch> search(String text, Set<String> documentIds, int limit) {
		if (limit <= 0 || text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> terms = terms(text);
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String term : terms) {
			any.add(new TermQuery(new Term(IndexFields.TEXT, term)), Occur.SHOULD);
		}
		Query query = any.build();
		if (documentIds != null && !documentIds.isEmpty()) {
			List<BytesRef> ids = documentIds.stream().map(BytesRef::new).toList();
			query = new BooleanQuery.Builder().add(query, Occur.MUST)
					.add(new TermInSetQuery(IndexFields.DOC, ids), Occur.FILTER).build();
		}
		try {
			ScoreDoc[] hits = withTies(query, limit);
			Map<Integer, ReadHit> read = read(hits);
			List<SentenceMatch> matches = new ArrayList<>(hits.length);
			for (ScoreDoc hit : hits) {
				ReadHit found = read.get(hit.doc);
				if (found == null) {
					continue;
				}
				IndexedSentence sentence = found.sentence();
				matches.add(new SentenceMatch(found.documentId(), sentence.index(), sentence.start(), sentence.end(),
						sentence.text(), hit.score));
			}
			matches.sort(ORDER);
			return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot search the sentence index", e);
		}
	}

	/**
	 * The hits' sentences by Lucene document number, those read before from memory, the others from
	 * their doc values in the order of their numbers; a damaged hit is left out and its document
	 * reported.
	 */
	private Map<Integer, ReadHit> read(ScoreDoc[] hits) throws IOException {
		Map<Integer, ReadHit> read = new HashMap<>();
		int[] unread = new int[hits.length];
		int count = 0;
		for (ScoreDoc hit : hits) {
			ReadHit known = readHits.get(hit.doc);
			if (known != null) {
				read.put(hit.doc, known);
			} else {
				unread[count++] = hit.doc;
			}
		}
		if (count == 0) {
			return read;
		}
		Arrays.sort(unread, 0, count);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		RecordTexts texts = new RecordTexts();
		LeafReaderContext leaf = null;
		BinaryDocValues positions = null;
		for (int i = 0; i < count; i++) {
			int doc = unread[i];
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				positions = leaf.reader().getBinaryDocValues(IndexFields.SENTENCE);
			}
			SentenceRecord record = null;
			if (positions != null && positions.advanceExact(doc - leaf.docBase)) {
				BytesRef value = positions.binaryValue();
				record = SentenceRecord.decode(value.bytes, value.offset, value.length);
			}
			IndexedSentence sentence = record == null ? null
					: record.sentenceOf(text(texts, doc - record.distance(), record.documentId()));
			if (sentence == null) {
				if (record != null) {
					damaged.accept(record.documentId());
				}
				continue;
			}
			ReadHit hit = new ReadHit(record.documentId(), sentence);
			if (readHits.size() >= MAX_READ_HITS) {
				readHits.clear();
			}
			readHits.put(doc, hit);
			read.put(doc, hit);
		}
		return read;
	}

	/** The stored fields of one search's record documents, opened when first needed, and the texts read from them. */
	private final class RecordTexts {
		private StoredFields stored;
		private final Map<Integer, String> read = new HashMap<>();

		StoredFields stored() throws IOException {
			if (stored == null) {
				stored = searcher.storedFields();
			}
			return stored;
		}
	}

	/**
	 * The best {@code limit} hits, and the ones after them with the same score as the last of them
	 * (at most {@link #MAX_TIES}), so that the caller can choose among equal scores by document.
	 * One search: the hits after the limit cost only a longer queue, and only tied ones are read.
	 */
	private ScoreDoc[] withTies(Query query, int limit) throws IOException {
		ScoreDoc[] hits = searcher.search(query, (int) Math.min(Integer.MAX_VALUE - 8L, (long) limit + MAX_TIES)).scoreDocs;
		if (hits.length <= limit) {
			return hits;
		}
		int end = limit;
		while (end < hits.length && hits[end].score == hits[limit - 1].score) {
			end++;
		}
		return end == hits.length ? hits : Arrays.copyOf(hits, end);
	}

	/**
	 * The text of the document whose record is Lucene document {@code recordDoc}, or null. A text is
	 * read at most once per search, also one too long to be kept for later searches.
	 */
	private String text(RecordTexts searchTexts, int recordDoc, String documentId) throws IOException {
		if (recordDoc < 0) {
			return null;
		}
		String text = searchTexts.read.get(recordDoc);
		if (text == null) {
			text = texts.get(recordDoc);
		}
		if (text == null) {
			// The sentence's checksum covers its document id, distance and text: a text held for
			// another document, or another generation, fails it like a damaged one.
			text = documentText.loaded(documentId);
		}
		if (text == null) {
			Document record = searchTexts.stored().document(recordDoc, RECORD_FIELDS);
			BytesRef content = record.getBinaryValue(IndexFields.CONTENT);
			if (content == null || !documentId.equals(record.get(IndexFields.DOC))) {
				return null;
			}
			text = documentText.of(documentId, IndexFields.bytes(content));
			if (text != null) {
				searchTexts.read.put(recordDoc, text);
			}
			if (text != null && text.length() <= textBudget) {
				if (textCharacters.addAndGet(text.length()) > textBudget) {
					texts.clear();
					textCharacters.set(text.length());
				}
				texts.put(recordDoc, text);
			}
		}
		return text;
	}

	private Set<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
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
}
