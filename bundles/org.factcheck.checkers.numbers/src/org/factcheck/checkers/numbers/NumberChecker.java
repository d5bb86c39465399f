package org.factcheck.checkers.numbers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.aspects.AnotherActor;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.PersonNames;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.text.numbers.Quantity;

/**
 * Compares the claim's numbers (German formats, spelled numbers, ordinals, qualifiers such as
 * über, rund, mindestens, ranges, units and counted nouns) with the numbers of sentences that make
 * the same statement: another number for the same thing conflicts, a compatible one supports where
 * the sentence counts the same thing ({@link Stating#countsTheSameThing}). A
 * number for something else in the same sentence is not compared, nor a sentence that credits the
 * claim's act to another doer ({@link AnotherActor}), nor one that names another person where the
 * claim's person stands only in the sentences before it. Where a cited document has a sentence that
 * gives two or more of the claim's numbers alike, neither its other sentences nor documents the claim
 * does not cite conflict.
 */
public final class NumberChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.numbers";

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		var quantities = QuantityComparison.quantities(evidence.claim());
		List<Scores.Score> claimScores = Scores.of(evidence.claim());
		Scores.Score claimScore = claimScores.size() == 1 ? claimScores.get(0) : null;
		if (quantities.isEmpty() && claimScore == null) {
			return List.of();
		}
		Predicate<Term> ofFigures = term -> quantities.stream().anyMatch(q -> term.start() < q.end() && q.start() < term.end())
				|| claimScore != null && term.start() < claimScore.end() && claimScore.start() < term.end();
		Predicate<Term> numberWords = ofFigures.or(term -> term.kind() == TermKind.NUMBER);
		Predicate<Term> figureWords = ofFigures.or(term -> term.kind() == TermKind.NUMBER && !Specifics.isYear(term));
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		List<AlignedSentence> same = SameStatement.sentences(evidence, numberWords);
		Map<AlignedSentence, QuantityComparison> comparisons = new IdentityHashMap<>();
		Function<AlignedSentence, QuantityComparison> comparison = sentence -> comparisons.computeIfAbsent(sentence,
				s -> QuantityComparison.compare(evidence.claim(), s.analysis()));
		List<Judged> judged = new ArrayList<>();
		for (AlignedSentence sentence : same) {
			if (AnotherActor.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isPresent()
					|| anotherPersons(evidence.claim(), sentence)) {
				continue;
			}
			Finding finding = claimScore == null ? null : judgeScore(evidence, sentence, numberWords, claimScore, false);
			if (finding == null && !quantities.isEmpty()) {
				finding = judge(evidence, sentence, numberWords, figureWords, comparison.apply(sentence), quantities.size());
			}
			if (finding != null) {
				judged.add(new Judged(sentence.documentId(), sentence.candidate().cited(), finding));
			}
		}
		Set<String> agreeing = quantities.size() >= 2 ? givingAllFigures(evidence, numberWords, comparison, quantities.size()) : Set.of();
		for (Judged one : judged) {
			if (one.finding().verdict() != Verdict.CONFLICTING || agreeing.isEmpty()
					|| one.cited() && !agreeing.contains(one.document())) {
				perDocument.merge(one.document(), one.finding(), (a, b) -> a.confidence() >= b.confidence() ? a : b);
			}
		}
		if (claimScore != null && evidence.citing()) {
			Set<AlignedSentence> compared = Collections.newSetFromMap(new IdentityHashMap<>());
			compared.addAll(same);
			// A results sentence of a cited document that gives the result of one of the claim's teams
			// speaks of the claim's game, however few of the claim's other words it has.
			for (AlignedSentence sentence : evidence.sentences()) {
				if (!sentence.candidate().cited() || compared.contains(sentence) || perDocument.containsKey(sentence.documentId())
						|| AnotherActor.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isPresent()) {
					continue;
				}
				Finding finding = judgeScore(evidence, sentence, numberWords, claimScore, true);
				if (finding != null) {
					perDocument.merge(sentence.documentId(), finding, (a, b) -> a.confidence() >= b.confidence() ? a : b);
				}
			}
		}
		return new ArrayList<>(perDocument.values());
	}

	/**
	 * Whether the sentence names a person of its own while the person the claim's subject names
	 * stands in it neither by name nor by reference, only in the sentences before it: its figures are
	 * the other person's (Nicht so gut lief es für Stefan Kraft, der … auf dem elften Rang landete,
	 * for Hayböck lag … auf dem vierten Zwischenrang).
	 */
	private static boolean anotherPersons(AnalyzedText claim, AlignedSentence sentence) {
		Optional<ClauseRoles.Span> subject = ClauseRoles.subject(claim);
		if (subject.isEmpty()) {
			return false;
		}
		List<Term> named = claim.terms().stream()
				.filter(t -> subject.get().contains(t.index()) && PersonNames.isPersonLike(t)).toList();
		if (named.isEmpty() || sentence.alignment().matches().stream()
				.anyMatch(m -> named.contains(m.claimTerm()) && m.sentenceTerm() != null && m.score() >= Alignment.REALISED)) {
			return false;
		}
		List<Term> words = sentence.analysis().terms();
		return words.stream().anyMatch(t -> PersonNames.isPerson(words, t) && sentence.alignment().matches().stream()
				.noneMatch(m -> m.sentenceTerm() != null && m.sentenceTerm().index() == t.index()));
	}

	/** How much of the claim's other words a sentence giving all its figures must share to speak of them. */
	private static final double SHARING = 0.3;

	/**
	 * The cited documents with a sentence that gives every one of the claim's figures (two or more)
	 * alike and shares some of its other words: two figures given together identify the statement
	 * (der Ausländeranteil stieg von 13,3 auf 14,6 Prozent), so another figure elsewhere in the
	 * document, or in a document the claim does not cite, is said of something else, however many of
	 * the claim's words its sentence shares.
	 */
	private static Set<String> givingAllFigures(ClaimEvidence evidence, Predicate<Term> numberWords,
			Function<AlignedSentence, QuantityComparison> comparison, int figures) {
		Set<String> documents = new HashSet<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (sentence.candidate().cited() && !documents.contains(sentence.documentId())
					&& SameStatement.restCoverage(sentence, numberWords) >= SHARING) {
				QuantityComparison numbers = comparison.apply(sentence);
				if (numbers.conflicts().isEmpty() && numbers.agreements().size() == figures) {
					documents.add(sentence.documentId());
				}
			}
		}
		return documents;
	}

	/** A finding of one sentence and its document, whether the claim cites it. */
	private record Judged(String document, boolean cited, Finding finding) {
	}

	/**
	 * The same figures support where the sentence counts the same thing, the words of the claim's
	 * figures ({@code figureWords}; not a year the claim gives beside them: where the sentence gives
	 * another year, it gives the figure for another time) counted as said. Another figure conflicts only where the claim and the sentence alike deny, or alike do not deny,
	 * what their figures' clauses say ({@link QuantityComparison#deniedInItsClause}): 13 Prozent
	 * erreichen sie nicht counts other people than 25 Prozent erreichen sie teilweise.
	 */
	private static Finding judge(ClaimEvidence evidence, AlignedSentence sentence, Predicate<Term> numberWords,
			Predicate<Term> figureWords, QuantityComparison numbers, int figures) {
		double rest = SameStatement.restCoverage(sentence, numberWords);
		String claimText = evidence.claim().text();
		String sentenceText = sentence.analysis().text();
		List<QuantityComparison.Pair> conflicts = numbers.conflicts().stream().filter(pair -> QuantityComparison
				.deniedInItsClause(evidence.claim(), pair.claim()) == QuantityComparison.deniedInItsClause(sentence.analysis(), pair.sentence()))
				.toList();
		if (!conflicts.isEmpty()) {
			QuantityComparison.Pair conflict = conflicts.get(0);
			List<Evidence> passages = new ArrayList<>();
			passages.add(sentence.evidence());
			passages.add(sentence.evidence(conflict.sentence().start(), conflict.sentence().end()));
			return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(rest),
					sentence.documentId() + " gives " + quoted(sentenceText, conflict.sentence().start(), conflict.sentence().end())
							+ " where the claim says " + quoted(claimText, conflict.claim().start(), conflict.claim().end())
							+ ": " + sentence.quoted(),
					passages);
		}
		if (numbers.agreements().size() == figures
				&& !numbers.agreements().stream().allMatch(pair -> labels(evidence.claim(), pair.claim()))
				&& Stating.countsTheSameThing(evidence, sentence, figureWords)) {
			String matched = numbers.agreements().stream()
					.map(pair -> quoted(claimText, pair.claim().start(), pair.claim().end()) + " = "
							+ quoted(sentenceText, pair.sentence().start(), pair.sentence().end()))
					.collect(Collectors.joining(", "));
			List<Evidence> passages = new ArrayList<>();
			passages.add(sentence.evidence());
			numbers.agreements().forEach(pair -> passages.add(sentence.evidence(pair.sentence().start(), pair.sentence().end())));
			return Finding.assessment(ID, Verdict.SUPPORTED, Math.min(0.95, sentence.coverage()),
					sentence.documentId() + " gives the same numbers (" + matched + "): " + sentence.quoted(), passages);
		}
		return null;
	}

	/**
	 * A bare number right after a noun, neither measuring nor counting anything (Abbildung 4, Tabelle 2):
	 * it labels the noun. A sentence giving the same label gives no figure of the claim's, so it lends
	 * no support of its own; whether it states the rest is for the evidence checker.
	 */
	private static boolean labels(AnalyzedText claim, Quantity quantity) {
		if (quantity.unit() != null || quantity.ordinal()) {
			return false;
		}
		for (int i = 1; i < claim.tokens().size(); i++) {
			if (claim.tokens().get(i).start() == quantity.start()) {
				return claim.tags().get(i - 1).equals("NOUN");
			}
		}
		return false;
	}

	/**
	 * The claim's result against the sentence's result of the same game (see {@link Scores}): the
	 * one whose teams the claim's teams are realised by, each team's goals compared; else the
	 * sentence's only result, compared as numbers (6:2 against 7:2), where the sentence itself names
	 * a name of the claim (not only refers to it: die Gäste). Another result conflicts; the
	 * same result lends no support of its own. Where the claim cites documents, only their results
	 * are compared: another report may give another game of the same teams.
	 * <p>
	 * By sides ({@code bySides}), for a results sentence of a cited document that shares too few of
	 * the claim's other words to make the same statement: only a result whose opponent is one of
	 * the claim's teams, named by the same word, not an abbreviation (FC, SV).
	 */
	private static Finding judgeScore(ClaimEvidence evidence, AlignedSentence sentence, Predicate<Term> numberWords,
			Scores.Score claimScore, boolean bySides) {
		if (evidence.citing() && !sentence.candidate().cited()) {
			return null;
		}
		List<Scores.Score> stated = Scores.of(sentence.analysis());
		Scores.Score sides = bySides ? withoutAbbreviations(evidence.claim(), claimScore) : claimScore;
		Scores.Score partner = null;
		int orientation = 0;
		for (Scores.Score score : stated) {
			int o = bySides ? opponentSide(evidence.claim(), sides, score, sentence.analysis())
					: orientation(evidence.claim(), sides, score, sentence);
			if (o != 0) {
				partner = score;
				orientation = o;
				break;
			}
		}
		if (partner == null && !bySides && stated.size() == 1 && sentence.alignment().matches().stream()
				.anyMatch(match -> match.claimTerm().kind() == TermKind.NAME && match.realisedInSentence())) {
			partner = stated.get(0);
		}
		if (partner == null) {
			return null;
		}
		boolean conflicts = switch (orientation) {
		case 1 -> claimScore.own() != partner.own() || claimScore.other() != partner.other();
		case -1 -> claimScore.own() != partner.other() || claimScore.other() != partner.own();
		default -> !claimScore.sameNumbers(partner);
		};
		if (!conflicts) {
			return null;
		}
		double rest = SameStatement.restCoverage(sentence, numberWords);
		List<Evidence> passages = new ArrayList<>();
		passages.add(sentence.evidence());
		passages.add(sentence.evidence(partner.start(), partner.end()));
		return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(rest),
				sentence.documentId() + " gives the result " + quoted(sentence.analysis().text(), partner.start(), partner.end())
						+ " where the claim says " + quoted(evidence.claim().text(), claimScore.start(), claimScore.end())
						+ (orientation != 0 && claimScore.sameNumbers(partner) ? " with the other winner" : "") + ": "
						+ sentence.quoted(),
				passages);
	}

	/**
	 * 1 when the sentence's result speaks of the same team as the claim's (a team of the claim is
	 * realised in the sentence in the same role: subject or opponent), -1 when it speaks of the other
	 * (the claim's opponent is the sentence's subject or the other way round), 0 when unknown.
	 */
	private static int orientation(AnalyzedText claimText, Scores.Score claim, Scores.Score stated, AlignedSentence sentence) {
		boolean same = realisedIn(claimText, claim.opponent(), stated.opponent(), sentence)
				|| realisedIn(claimText, claim.subject(), stated.subject(), sentence);
		boolean reversed = realisedIn(claimText, claim.opponent(), stated.subject(), sentence)
				|| realisedIn(claimText, claim.subject(), stated.opponent(), sentence);
		return same == reversed ? 0 : same ? 1 : -1;
	}

	/** Whether a claim word at one of the claim tokens is realised by a sentence word at one of the sentence tokens. */
	private static boolean realisedIn(AnalyzedText claimText, List<Integer> claimTokens, List<Integer> sentenceTokens,
			AlignedSentence sentence) {
		if (claimTokens.isEmpty() || sentenceTokens.isEmpty()) {
			return false;
		}
		for (TermMatch match : sentence.alignment().matches()) {
			if (!match.realisedInSentence()) {
				continue;
			}
			boolean inClaim = claimTokens.stream().map(claimText.tokens()::get)
					.anyMatch(t -> match.claimTerm().start() <= t.start() && t.end() <= match.claimTerm().end());
			boolean inSentence = inClaim && sentenceTokens.stream().map(sentence.analysis().tokens()::get)
					.anyMatch(t -> match.sentenceTerm().start() <= t.start() && t.end() <= match.sentenceTerm().end());
			if (inSentence) {
				return true;
			}
		}
		return false;
	}

	/**
	 * By the sentence's opponent alone, named by the same word as one of the claim's teams (not
	 * only sharing a part of it: Russland, Weißrussland): 1 when it is the claim's opponent, -1
	 * when it is the claim's subject, 0 otherwise.
	 */
	private static int opponentSide(AnalyzedText claimText, Scores.Score claim, Scores.Score stated, AnalyzedText sentence) {
		boolean same = sameName(claimText, claim.opponent(), sentence, stated.opponent());
		boolean reversed = sameName(claimText, claim.subject(), sentence, stated.opponent());
		return same == reversed ? 0 : same ? 1 : -1;
	}

	private static boolean sameName(AnalyzedText claimText, List<Integer> claimTokens, AnalyzedText sentence,
			List<Integer> sentenceTokens) {
		return claimTokens.stream().map(t -> WordKeys.key(claimText.tokens().get(t).text()))
				.anyMatch(a -> sentenceTokens.stream().map(t -> WordKeys.key(sentence.tokens().get(t).text()))
						.anyMatch(b -> Aligner.sameKey(a, b)));
	}

	/** Abbreviations such as FC, SV or VfB: part of many teams' names, they tell no team. */
	private static final Pattern ABBREVIATION = Pattern.compile("(?=(?:.*\\p{Lu}){2})\\p{L}{2,3}");

	/** The claim's result with its teams' abbreviations (FC, AS) left out. */
	private static Scores.Score withoutAbbreviations(AnalyzedText claim, Scores.Score score) {
		Predicate<Integer> telling = token -> !ABBREVIATION.matcher(claim.tokens().get(token).text()).matches();
		return new Scores.Score(score.start(), score.end(), score.first(), score.second(), score.outcome(),
				score.subject().stream().filter(telling).toList(), score.opponent().stream().filter(telling).toList());
	}

	private static String quoted(String text, int start, int end) {
		return "\u201E" + text.substring(start, end) + "\u201C";
	}
}
