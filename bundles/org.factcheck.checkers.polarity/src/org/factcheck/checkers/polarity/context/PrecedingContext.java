package org.factcheck.checkers.polarity.context;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.comparison.Flip;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.data.DataFile;

/**
 * How much of a claim a sentence states together with the sentences just before it in its
 * document. A sentence that refers to a person by a pronoun (Er schloss nicht aus, …) leaves the
 * name to an earlier sentence, and the background a claim packs into another clause (Die beiden
 * Kinder, bei denen … festgestellt wurden, waren …) is often told before. Only names, when the
 * sentence has such a pronoun, and the words of the claim's other clauses may come from there; the
 * clause whose polarity is compared must be stated by the sentence itself.
 */
public final class PrecedingContext {

	/** How many sentences before the sentence are read with it. */
	private static final int SENTENCES = 3;

	private static final Set<String> PRONOUNS = Set.copyOf(DataFile.lines(PrecedingContext.class, "data/pronouns.txt"));

	private PrecedingContext() {
	}

	/**
	 * The weighted share of the claim's words, but those whose polarity the flip compares, that the
	 * sentence states or leaves to the sentences before it.
	 */
	public static double restCoverage(PolarityText claim, AlignedSentence sentence, Flip flip, CorpusAccess corpus) {
		List<AnalyzedText> before = preceding(sentence, corpus);
		boolean pronoun = sentence.analysis().tokens().stream()
				.anyMatch(token -> PRONOUNS.contains(token.text().toLowerCase(Locale.GERMAN)));
		Set<Integer> background = background(claim, flip);
		List<List<TermMatch>> earlier = new ArrayList<>();
		for (AnalyzedText text : before) {
			earlier.add(Aligner.align(claim.analysis(), text).matches());
		}
		double total = 0;
		double found = 0;
		List<TermMatch> matches = sentence.alignment().matches();
		for (int k = 0; k < matches.size(); k++) {
			Term term = matches.get(k).claimTerm();
			if (flip.claimPolarity().contains(term.index())) {
				continue;
			}
			double score = matches.get(k).score();
			if (pronoun && term.kind() == TermKind.NAME || background.contains(term.index())) {
				for (List<TermMatch> other : earlier) {
					score = Math.max(score, other.get(k).score());
				}
			}
			total += term.weight();
			found += term.weight() * score;
		}
		return total == 0 ? 0 : found / total;
	}

	/** Tokens of the claim's clauses other than the compared one and its complements. */
	private static Set<Integer> background(PolarityText claim, Flip flip) {
		Set<Integer> compared = new HashSet<>();
		for (Clause clause : claim.withComplements(flip.claimClause())) {
			compared.addAll(clause.tokens());
		}
		Set<Integer> background = new HashSet<>();
		for (Clause clause : claim.clauses()) {
			clause.tokens().stream().filter(token -> !compared.contains(token)).forEach(background::add);
		}
		return background;
	}

	private static List<AnalyzedText> preceding(AlignedSentence sentence, CorpusAccess corpus) {
		Optional<Content> content = corpus.content(sentence.documentId());
		if (content.isEmpty()) {
			return List.of();
		}
		DocumentSentences sentences = DocumentSentences.of(content.get());
		List<Sentence> evidence = sentences.evidence();
		int position = -1;
		for (int i = 0; i < evidence.size(); i++) {
			if (evidence.get(i).getIndex() == sentence.candidate().sentenceIndex()) {
				position = i;
			}
		}
		List<AnalyzedText> before = new ArrayList<>();
		for (int i = Math.max(0, position - SENTENCES); i < position; i++) {
			before.add(sentences.analysis(evidence.get(i)));
		}
		return before;
	}
}
