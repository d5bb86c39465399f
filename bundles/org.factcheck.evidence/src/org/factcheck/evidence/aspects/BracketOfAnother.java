package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's word only in the brackets after another name ({@code Matthias
 * Strolz (Klubobmann, Neos) und Peter Pilz (Sicherheitssprecher, Grüne)} for {@code Peter Pilz ist
 * Sicherheitssprecher der Neos}), while it names the claim's subject elsewhere: what such brackets
 * hold is said of the name before them, so the sentence says the word of someone else.
 */
public final class BracketOfAnother {

	private BracketOfAnother() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the first token of the other name whose brackets hold a word of the claim
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Optional<ClauseRoles.Span> subject = ClauseRoles.subject(claim);
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		List<TermMatch> subjectNames = alignment.matches().stream().filter(m -> subject.get().contains(m.claimTerm().index())
				&& m.claimTerm().kind() == TermKind.NAME && m.realisedInSentence()).toList();
		if (subjectNames.isEmpty() || subjectNames.stream().anyMatch(m -> inBrackets(sentence, m.sentenceTerm().index()))) {
			return Optional.empty();
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (Term word : claim.terms()) {
			if (subject.get().contains(word.index())) {
				continue;
			}
			List<TermMatch> realisations = alignment.matches().stream()
					.filter(m -> m.claimTerm() == word && m.realisedInSentence()).toList();
			if (realisations.isEmpty()) {
				continue;
			}
			Optional<Integer> other = Optional.empty();
			for (TermMatch realisation : realisations) {
				other = nameBeforeBracket(sentence, realisation.sentenceTerm().index())
						.filter(name -> realisesNothing(realising, name, bracketOf(sentence, name)));
				if (other.isEmpty()) {
					break;
				}
			}
			if (other.isPresent()) {
				return other;
			}
		}
		return Optional.empty();
	}

	/** The first token of the name right before the open bracket that encloses the token, if any. */
	private static Optional<Integer> nameBeforeBracket(AnalyzedText sentence, int token) {
		List<String> words = sentence.lowerCaseWords();
		int open = token - 1;
		while (open >= 0 && !words.get(open).equals("(")) {
			if (words.get(open).equals(")")) {
				return Optional.empty();
			}
			open--;
		}
		for (int close = token + 1; close < words.size() && !words.get(close).equals(")"); close++) {
			if (words.get(close).equals("(") || close == words.size() - 1) {
				return Optional.empty();
			}
		}
		int first = open;
		while (first > 0 && sentence.tags().get(first - 1).equals("PROPN")) {
			first--;
		}
		return open > 0 && first < open ? Optional.of(first) : Optional.empty();
	}

	private static boolean realisesNothing(Set<Integer> realising, int from, int to) {
		return realising.stream().noneMatch(t -> t >= from && t < to);
	}

	private static int bracketOf(AnalyzedText sentence, int name) {
		int at = name;
		while (at < sentence.tokens().size() && !sentence.lowerCaseWords().get(at).equals("(")) {
			at++;
		}
		return at;
	}

	private static boolean inBrackets(AnalyzedText sentence, int token) {
		return nameBeforeBracket(sentence, token).isPresent();
	}
}
