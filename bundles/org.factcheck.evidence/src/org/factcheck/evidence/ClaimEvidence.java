package org.factcheck.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.CheckContext.SharedKey;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.ApposedDescription;
import org.factcheck.evidence.alignment.DefinedAbbreviation;
import org.factcheck.evidence.alignment.HeadAlone;
import org.factcheck.evidence.alignment.References;
import org.factcheck.evidence.alignment.SurnameAlone;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.candidates.Candidate;
import org.factcheck.evidence.candidates.CandidateFinder;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.PersonNames;
import org.factcheck.evidence.terms.Scales;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.factcheck.evidence.terms.WordKeys;

/**
 * What the corpus offers as evidence for one claim: the analysed claim and the candidate
 * sentences aligned to it, best covered first. Computed once per claim and shared by all
 * checkers through {@link CheckContext#shared}.
 */
public final class ClaimEvidence {

	private static final SharedKey<ClaimEvidence> KEY = new SharedKey<>("org.factcheck.evidence.ClaimEvidence");

	/** How many sentences before a candidate may name what it refers to. */
	private static final int REFERENCE_REACH = 2;

	private final AnalyzedText claim;
	private final List<AlignedSentence> sentences;
	private final List<AlignedSentence> passages;
	private final List<Scales.Mark> claimDegrees;
	private final boolean citing;
	private final List<String> cited;
	private final Map<String, String> documentTexts;
	private final Map<String, String> lowerCaseTexts = new ConcurrentHashMap<>();
	private final Map<String, Integer> latestYears = new ConcurrentHashMap<>();
	/**
	 * Whether each sentence asked about states the claim ({@code Stating.states}): the evidence and
	 * names checkers ask it of the same sentences, on their own threads. Keyed by the sentence
	 * object (a record whose equality would compare whole analyses); guarded by itself.
	 */
	private final Map<AlignedSentence, Boolean> stating = new IdentityHashMap<>();

	private ClaimEvidence(AnalyzedText claim, List<String> cited, List<AlignedSentence> sentences,
			List<AlignedSentence> passages, Map<String, String> documentTexts) {
		this.claim = claim;
		this.cited = List.copyOf(cited);
		this.citing = !cited.isEmpty();
		this.documentTexts = Map.copyOf(documentTexts);
		this.claimDegrees = Scales.german().marks(claim.tokens());
		this.sentences = List.copyOf(sentences);
		this.passages = List.copyOf(passages);
	}

	public static ClaimEvidence of(Claim claim, CheckContext context) {
		return context.shared(KEY, () -> collect(claim, context.corpus()));
	}

	static ClaimEvidence collect(Claim claim, CorpusAccess corpus) {
		AnalyzedText analyzedClaim = TextAnalyzer.german().analyze(claim.text());
		Aligner.ClaimWords words = Aligner.prepare(analyzedClaim);
		List<AlignedSentence> aligned = new ArrayList<>();
		List<AlignedSentence> passages = new ArrayList<>();
		Map<String, String> texts = new HashMap<>();
		// The alignment of the sentence after a candidate, made by passage(): in a cited document
		// that sentence is the next candidate, and aligning it again gave the same alignment.
		Map<Sentence, Alignment> following = new IdentityHashMap<>();
		// A document has several candidates: its content is asked of the corpus once per claim.
		Map<String, Optional<DocumentSentences>> documents = new HashMap<>();
		for (Candidate candidate : new CandidateFinder().find(claim, corpus)) {
			Optional<DocumentSentences> found = documents.computeIfAbsent(candidate.documentId(),
					id -> corpus.content(id).map(DocumentSentences::of));
			if (found.isEmpty()) {
				continue;
			}
			DocumentSentences document = found.get();
			texts.putIfAbsent(candidate.documentId(), document.text());
			int position = document.position(candidate.sentenceIndex());
			if (position < 0) {
				continue;
			}
			AlignedSentence sentence = align(analyzedClaim, words, candidate, document, position, following);
			aligned.add(sentence);
			passage(words, candidate, document, position, sentence, following).ifPresent(passages::add);
		}
		aligned.sort(Comparator.comparingDouble(AlignedSentence::coverage).reversed());
		passages.sort(Comparator.comparingDouble(AlignedSentence::coverage).reversed());
		List<String> cited = claim.citations().stream().map(c -> c.documentId()).distinct().toList();
		for (String document : cited) {
			if (!texts.containsKey(document)) {
				documents.computeIfAbsent(document, id -> corpus.content(id).map(DocumentSentences::of))
						.ifPresent(sentences -> texts.put(document, sentences.text()));
			}
		}
		return new ClaimEvidence(analyzedClaim, cited, aligned, passages, texts);
	}

	private static AlignedSentence align(AnalyzedText claim, Aligner.ClaimWords words, Candidate candidate,
			DocumentSentences document, int position, Map<Sentence, Alignment> following) {
		Sentence sentence = document.evidence().get(position);
		AnalyzedText analysis = document.analysis(sentence);
		Alignment alignment = following.remove(sentence);
		if (alignment == null) {
			alignment = Aligner.align(words, analysis, document.thesaurusIds(sentence));
		}
		if (References.mayCredit(alignment, analysis)) {
			List<AnalyzedText> before = new ArrayList<>();
			for (int i = Math.max(0, position - REFERENCE_REACH); i < position; i++) {
				before.add(document.analysis(document.evidence().get(i)));
			}
			alignment = alignment.withReferences(References.credit(claim, alignment, analysis, before));
		}
		alignment = alignment.withReferences(SurnameAlone.credit(alignment, analysis, document.text()));
		alignment = alignment.withReferences(ApposedDescription.credit(alignment, analysis, document.apposedNames()));
		alignment = alignment.withReferences(DefinedAbbreviation.credit(alignment, analysis, document.abbreviations()));
		alignment = alignment.withReferences(document.interviewTurns().credit(alignment, analysis, position));
		return new AlignedSentence(candidate, analysis, alignment, inContext(claim, alignment, document, position));
	}

	/** How many sentences before a candidate count as its context. */
	private static final int CONTEXT_REACH = 3;

	/** From this coverage a sentence may state the claim, so its context is worth looking at. */
	private static final double CONTEXT_WORTH = 0.5;

	/**
	 * The claim words the sentence does not realise that the sentences just before it do: a news
	 * sentence takes for known who and where the article just said; a sentence that refers back to a
	 * person (er, der Minister) takes for known only the person named last. A compound the sentence
	 * names by its head alone counts as known where the context gives the rest ({@link HeadAlone}). (The document's first sentence
	 * was tried too; a web page's header makes it another sentence than the text file's.)
	 */
	private static List<Term> inContext(AnalyzedText claim, Alignment alignment, DocumentSentences document,
			int position) {
		List<Term> missing = alignment.unrealised(term -> true);
		List<Term> byHead = alignment.matches().stream().filter(HeadAlone::realises).map(TermMatch::claimTerm).toList();
		if (missing.isEmpty() && byHead.isEmpty() || position == 0 || alignment.coverage() < CONTEXT_WORTH) {
			return List.of();
		}
		int from = Math.max(0, position - CONTEXT_REACH);
		List<AnalyzedText> before = new ArrayList<>();
		for (int i = from; i < position; i++) {
			before.add(document.analysis(document.evidence().get(i)));
		}
		List<Term> known = new ArrayList<>(byHead.stream().filter(term -> HeadAlone.givenBy(term, before)).toList());
		if (missing.isEmpty()) {
			return known;
		}
		Aligner.ClaimWords wanted = Aligner.prepare(claim.withTerms(missing));
		Optional<Integer> antecedent = References.refersBack(document.analysis(document.evidence().get(position)))
				? PersonNames.antecedent(before) : Optional.empty();
		Set<Term> found = new HashSet<>();
		for (int i = from; i < position; i++) {
			Sentence earlier = document.evidence().get(i);
			boolean referred = antecedent.isEmpty() || antecedent.get() == i - from;
			Aligner.align(wanted, before.get(i - from), document.thesaurusIds(earlier)).matches().stream()
					.filter(m -> m.score() >= Alignment.REALISED && (referred || !PersonNames.isPerson(claim.terms(), m.claimTerm()))
							&& !actNamedByANoun(m))
					.forEach(m -> found.add(m.claimTerm()));
		}
		missing.stream().filter(found::contains).forEach(known::add);
		return known;
	}

	/**
	 * A claim's verb that an earlier sentence gives only as a noun (der Verteidiger for verteidigte):
	 * the context tells who and where, not what the sentence's subject did.
	 */
	private static boolean actNamedByANoun(TermMatch match) {
		return match.claimTerm().kind() == TermKind.VERB && match.sentenceTerm() != null
				&& match.sentenceTerm().kind() == TermKind.NOUN;
	}

	/**
	 * The candidate with the sentence after it, when the two together state clearly more of the
	 * claim than either alone: a statement spread over two sentences.
	 */
	private static Optional<AlignedSentence> passage(Aligner.ClaimWords claim, Candidate candidate,
			DocumentSentences document, int position, AlignedSentence first, Map<Sentence, Alignment> following) {
		if (position + 1 >= document.evidence().size() || first.coverage() < PASSAGE_START) {
			return Optional.empty();
		}
		Sentence next = document.evidence().get(position + 1);
		String text = document.text().substring(candidate.start(), next.getEnd());
		AnalyzedText joined = AnalyzedText.join(first.analysis(), document.analysis(next),
				next.getStart() - candidate.start(), text);
		int[] firstIds = document.thesaurusIds(document.evidence().get(position));
		int[] nextIds = document.thesaurusIds(next);
		int[] joinedIds = Arrays.copyOf(firstIds, firstIds.length + nextIds.length);
		System.arraycopy(nextIds, 0, joinedIds, firstIds.length, nextIds.length);
		Alignment alignment = Aligner.align(claim, joined, joinedIds);
		Alignment nextAlone = Aligner.align(claim, document.analysis(next), document.thesaurusIds(next));
		following.put(next, nextAlone);
		double alone = Math.max(first.coverage(), nextAlone.coverage());
		if (alignment.coverage() < alone + MORE_FROM_TWO) {
			return Optional.empty();
		}
		Candidate window = new Candidate(candidate.documentId(), candidate.sentenceIndex(), candidate.start(),
				next.getEnd(), text, candidate.cited());
		return Optional.of(new AlignedSentence(window, joined, alignment));
	}

	/** How much of the claim a sentence must state for the pair it starts to be considered. */
	private static final double PASSAGE_START = 0.3;

	/** How much more of the claim two sentences must state than one for the pair to count. */
	private static final double MORE_FROM_TWO = 0.1;

	public AnalyzedText claim() {
		return claim;
	}

	/**
	 * Whether a document with candidate sentences mentions a word of the claim anywhere, inflected
	 * or not (its lower-case text contains the word or its key): a name it never mentions is a
	 * place or person the claim brings in, not one the document leaves to its context.
	 */
	public boolean mentions(String documentId, Term term) {
		String text = documentTexts.get(documentId);
		return text != null && containsWord(foldedText(documentId, text), term);
	}

	/**
	 * Whether the document's text contains the word in any case (Quirinal for the first part of
	 * Quirinal-Hügel); false for a document the claim's evidence has not loaded.
	 */
	public boolean mentions(String documentId, String word) {
		String text = documentTexts.get(documentId);
		if (text == null) {
			return false;
		}
		return foldedText(documentId, text).contains(fold(word));
	}

	private String foldedText(String documentId, String text) {
		return lowerCaseTexts.computeIfAbsent(documentId, id -> fold(text));
	}

	/**
	 * Whether the document's text before the given offset mentions the word (see {@link #mentions}):
	 * what the report has said before a sentence, its title included.
	 */
	public boolean mentionsBefore(String documentId, Term term, int offset) {
		String text = documentTexts.get(documentId);
		if (text == null) {
			return false;
		}
		return containsWord(fold(text.substring(0, Math.min(offset, text.length()))), term);
	}

	/**
	 * Whether the document's text before the given offset lists the term's word and {@code other}
	 * side by side, either first, joined by a comma, und, oder or sowie (Spielfeld und Bad Radkersburg):
	 * things listed so are two of a kind, neither a part of the other.
	 */
	public boolean listsBefore(String documentId, Term term, String other, int offset) {
		String text = documentTexts.get(documentId);
		if (text == null) {
			return false;
		}
		String before = fold(text.substring(0, Math.min(offset, text.length())));
		String word = Pattern.quote(fold(term.text()));
		String otherWord = Pattern.quote(fold(other));
		return Pattern.compile("\\b" + word + LISTED + otherWord + "\\b").matcher(before).find()
				|| Pattern.compile("\\b" + otherWord + LISTED + word).matcher(before).find();
	}

	/** The rest of a listed word (an ending, a second word of its name) and the joint before the next one. */
	private static final String LISTED = "\\p{L}*(?:[ -]\\p{L}+)?(?:\\s*,|\\s+(?:und|oder|sowie))\\s+";

	/**
	 * Whether the document gives a year after {@code year} (in digits, as {@link Specifics#isYear}
	 * reads them): it was not written in that year; false for a document the claim's evidence has not
	 * loaded.
	 */
	public boolean givesYearAfter(String documentId, int year) {
		String text = documentTexts.get(documentId);
		return text != null && latestYears.computeIfAbsent(documentId, id -> Specifics.latestYear(text)) > year;
	}

	/** Whether a folded text contains the term's word or, for a key of three letters or more, its key. */
	private static boolean containsWord(String folded, Term term) {
		return folded.contains(fold(term.text())) || term.key().length() >= 3 && folded.contains(fold(term.key()));
	}

	private static String fold(String text) {
		return WordKeys.fold(text.toLowerCase(Locale.GERMAN));
	}

	/**
	 * Whether no document the claim cites mentions the word anywhere (see {@link #mentions}): a name
	 * that only another document gives shows that the citation is wrong, so that the whole corpus
	 * decides.
	 */
	public boolean citedNeverMention(Term term) {
		return citing && cited.stream().noneMatch(document -> mentions(document, term));
	}

	/** Whether the claim cites documents: it says where it comes from. */
	public boolean citing() {
		return citing;
	}

	/** The degrees of quantity, frequency and obligation the claim gives (see {@link Scales}). */
	public List<Scales.Mark> claimDegrees() {
		return claimDegrees;
	}

	/**
	 * Whether {@code sentence} states the claim, as {@code states} decides it: decided once per
	 * sentence and remembered for the other checkers of the claim that ask (the decision depends on
	 * nothing but this evidence and the sentence). For {@code Stating.states}, which passes itself.
	 */
	public boolean stating(AlignedSentence sentence, Predicate<AlignedSentence> states) {
		synchronized (stating) {
			Boolean known = stating.get(sentence);
			if (known != null) {
				return known;
			}
		}
		boolean decided = states.test(sentence);
		synchronized (stating) {
			stating.putIfAbsent(sentence, decided);
		}
		return decided;
	}

	/** All candidate sentences, best covered first. */
	public List<AlignedSentence> sentences() {
		return sentences;
	}

	/**
	 * Pairs of adjacent sentences that together state clearly more of the claim than either alone,
	 * best covered first; their analysis offsets are relative to the first sentence.
	 */
	public List<AlignedSentence> passages() {
		return passages;
	}

	/** The best covered sentence of each document, documents in order of their best coverage. */
	public Map<String, AlignedSentence> bestPerDocument() {
		Map<String, AlignedSentence> best = new LinkedHashMap<>();
		for (AlignedSentence sentence : sentences) {
			best.putIfAbsent(sentence.documentId(), sentence);
		}
		return best;
	}
}
