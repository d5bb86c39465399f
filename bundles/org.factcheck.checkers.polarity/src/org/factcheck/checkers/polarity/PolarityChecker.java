package org.factcheck.checkers.polarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.analysis.SentencePolarities;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.comparison.AnotherDay;
import org.factcheck.checkers.polarity.comparison.AttributeOpposite;
import org.factcheck.checkers.polarity.comparison.Flip;
import org.factcheck.checkers.polarity.comparison.Exclusion;
import org.factcheck.checkers.polarity.comparison.MannerGap;
import org.factcheck.checkers.polarity.comparison.NegatedClaim;
import org.factcheck.checkers.polarity.comparison.OppositeParticipant;
import org.factcheck.checkers.polarity.comparison.OppositeRelation;
import org.factcheck.checkers.polarity.comparison.ScaleClash;
import org.factcheck.checkers.polarity.comparison.ShortDuration;
import org.factcheck.checkers.polarity.comparison.Substitution;
import org.factcheck.checkers.polarity.comparison.PolarityComparison;
import org.factcheck.checkers.polarity.comparison.PronounOpposite;
import org.factcheck.checkers.polarity.context.PrecedingContext;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.aspects.ClauseDenial;
import org.factcheck.evidence.aspects.ComparisonReversal;
import org.factcheck.evidence.aspects.DeniedExistence;
import org.factcheck.evidence.aspects.LocalDenial;
import org.factcheck.evidence.aspects.OrderReversal;
import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.aspects.RoleReversal;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.tokens.Token;

/**
 * Compares the polarity of the claim with that of the sentences that make the same statement: a
 * sentence that negates what the claim states (nicht, kein, nie …), states what the claim negates,
 * or uses the opposite word (steigen/sinken, Zustimmung/Ablehnung, schloss aus / zog in Betracht)
 * conflicts. Double flips cancel (lehnte nicht ab / stimmte zu); a negation in an unrelated clause
 * of the sentence does not count. A clashing degree of quantity, frequency or obligation (alle /
 * wenige, immer / selten, muss / freiwillig), reversed roles (who did what to whom) and two events
 * told in the other order (bevor, nachdem) conflict too,
 * as do, in a cited document, an opposite preposition (unter / über) and another thing named beside
 * the one the claim restricts itself to (nur A / A und B); in the cited document's closest sentence,
 * however little else of the claim it says, so does the opposite adjective on a noun of the claim
 * (die ruhige Gasse / Die Gasse war laut: {@link AttributeOpposite}), and so, leaving few of its elements unsaid,
 * does one denying that a thing the claim names exists (es gebe keine Zahlen: {@link DeniedExistence}). A cited document's closest sentence needs
 * as much of the claim's other words to negate it as to be denied by it. The same polarity adds
 * nothing to what the evidence checker reports.
 */
public final class PolarityChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.polarity";

	/**
	 * How much of the claim a sentence of a cited document must state by itself to be read together
	 * with the sentences before it (which may name the person its pronoun refers to).
	 */
	private static final double CONTEXT_FLOOR = 0.2;

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		PolarityText claimText = PolarityText.of(evidence.claim());
		Set<Integer> possiblyPolar = polarityWords(claimText);
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		Map<String, AlignedSentence> closest = evidence.bestPerDocument();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (context.isCancelled()) {
				break;
			}
			boolean cited = sentence.candidate().cited();
			Predicate<Term> polar = term -> possiblyPolar.contains(term.index()) && !realisedNounIn(sentence, term)
					&& !realisedVerbOfTheSamePerson(evidence.claim(), sentence, term);
			if (!SameStatement.mayBeAbout(evidence, sentence)) {
				continue;
			}
			if (sentence.coverage() < (cited ? CONTEXT_FLOOR : SameStatement.THRESHOLD)
					&& SameStatement.restCoverage(sentence, polar) < SameStatement.THRESHOLD) {
				if (cited) {
					PolarityText sentenceText = polarity(sentence, context);
					pronounOpposite(claimText, sentenceText, sentence)
							.or(() -> closest.get(sentence.documentId()) == sentence ? attributeOpposite(claimText, sentenceText, sentence)
									: Optional.empty())
							.ifPresent(finding -> perDocument.merge(sentence.documentId(), finding,
									(a, b) -> a.confidence() >= b.confidence() ? a : b));
				}
				continue;
			}
			PolarityText sentenceText = polarity(sentence, context);
			Optional<Flip> flip = PolarityComparison.compare(claimText, sentenceText);
			if (flip.isEmpty()) {
				boolean lenient = cited && closest.get(sentence.documentId()) == sentence;
				(statedByItsPassage(evidence, sentence) ? Optional.<Finding>empty()
						: denial(claimText, sentenceText, sentence, polar, closest.get(sentence.documentId()) == sentence))
						.or(() -> substitution(claimText, sentenceText, sentence, lenient))
						.or(() -> scaleClash(claimText, sentenceText, sentence, lenient))
						.or(() -> roleReversal(claimText, sentenceText, sentence))
						.or(() -> orderReversal(claimText, sentenceText, sentence))
						.or(() -> comparisonReversal(claimText, sentenceText, sentence))
						.or(() -> fromItsSource(evidence, sentence) ? localDenial(claimText, sentenceText, sentence, lenient) : Optional.empty())
						.or(() -> lenient ? deniedExistence(claimText, sentenceText, sentence) : Optional.empty())
						.or(() -> fromItsSource(evidence, sentence) ? exclusion(claimText, sentenceText, sentence, lenient) : Optional.empty())
						.or(() -> fromItsSource(evidence, sentence) ? oppositeRelation(claimText, sentenceText, sentence, lenient)
								: Optional.empty())
						.or(() -> lenient ? shortDuration(claimText, sentenceText, sentence) : Optional.empty())
						.or(() -> cited ? pronounOpposite(claimText, sentenceText, sentence) : Optional.empty())
						.or(() -> lenient ? attributeOpposite(claimText, sentenceText, sentence) : Optional.empty())
						.or(() -> fromItsSource(evidence, sentence) ? statedWhatItDenies(evidence, claimText, sentenceText, sentence)
								: Optional.empty())
						.ifPresent(finding -> perDocument.merge(sentence.documentId(), finding,
								(a, b) -> a.confidence() >= b.confidence() ? a : b));
				continue;
			}
			// As for a denial: a sentence giving another figure than the claim's speaks of another group or
			// amount (30 Prozent bestehen nur knapp / 8 Prozent bestehen nicht): the figure is a gap. The
			// claim's own value bounded the other way (weniger als 700 / mehr als 700) is the flip itself.
			if (QuantityComparison.compare(claimText.analysis(), sentenceText.analysis()).conflicts().stream()
					.anyMatch(pair -> pair.claim().value() != pair.sentence().value())
					|| OppositeParticipant.inAnotherAct(claimText, flip.get(), sentence.alignment())) {
				continue;
			}
			double rest = SameStatement.restCoverage(sentence, term -> flip.get().claimPolarity().contains(term.index()));
			boolean withContext = false;
			if (rest < SameStatement.THRESHOLD && cited) {
				double inContext = PrecedingContext.restCoverage(claimText, sentence, flip.get(), context.corpus());
				withContext = inContext > rest;
				rest = Math.max(rest, inContext);
			}
			// The cited document's closest sentence needs as much of the claim as a denial in it does.
			boolean closestCited = cited && closest.get(sentence.documentId()) == sentence;
			if (rest < (closestCited ? CLOSEST_REST : SameStatement.THRESHOLD)) {
				continue;
			}
			Finding finding = finding(claimText, sentenceText, sentence, flip.get(), rest, withContext);
			perDocument.merge(sentence.documentId(), finding, (a, b) -> a.confidence() >= b.confidence() ? a : b);
		}
		return new ArrayList<>(perDocument.values());
	}

	/** How much of the claim, predicate included, a passage of two sentences must cover to state it. */
	private static final double PASSAGE_STATES = 0.7;

	/**
	 * Whether a passage of two sentences that holds the sentence states the claim, its negation
	 * included (manche mit Vorschlägen. Kein einziger wurde angenommen. for kein Vorschlag wurde
	 * angenommen): the sentence names what the next one denies, so it states nothing the claim denies.
	 */
	private static boolean statedByItsPassage(ClaimEvidence evidence, AlignedSentence sentence) {
		return evidence.passages().stream().anyMatch(passage -> passage.documentId().equals(sentence.documentId())
				&& passage.candidate().start() <= sentence.candidate().start() && sentence.candidate().end() <= passage.candidate().end()
				&& passage.coverage() >= PASSAGE_STATES && passage.alignment().predicateMatched() && Stating.saysWhatHappened(passage)
				&& Stating.statesAlso(evidence, passage));
	}

	/**
	 * A claim that denies what the sentence states (keine Volkszählung / die Volkszählung von 1990):
	 * conflicting when the sentence also contains a fair share of the claim's other words and gives
	 * no other figure than the claim's, less confidently than a sentence that says everything else
	 * the claim says.
	 *
	 * @param closest whether the sentence is the one of its document that covers most of the claim:
	 *                only that one is read as denied when it does not state the negated part itself
	 */
	private static Optional<Finding> denial(PolarityText claim, PolarityText sentence, AlignedSentence aligned,
			Predicate<Term> polar, boolean closest) {
		if (PolarityComparison.compared(claim, sentence)) {
			return Optional.empty();
		}
		Optional<NegatedClaim.Denial> denial = NegatedClaim.find(claim, sentence, aligned.alignment());
		// A sentence giving another figure than the claim's speaks of another group or amount (13 Prozent
		// erreichen die Standards nicht / 25 Prozent erreichen sie teilweise): the figure is a gap. So does
		// one dated to another day (AnotherDay).
		if (denial.isEmpty() || !QuantityComparison.compare(claim.analysis(), sentence.analysis()).conflicts().isEmpty()
				|| AnotherDay.given(claim.text(), sentence.text())) {
			return Optional.empty();
		}
		double rest = SameStatement.restCoverage(aligned, polar);
		boolean stated = denial.get().focusStated();
		double needed = !aligned.candidate().cited() ? SameStatement.THRESHOLD : !stated ? LOOSE_REST : closest ? CLOSEST_REST : DENIAL_REST;
		if (!stated && !closest || rest < needed) {
			return Optional.empty();
		}
		List<Evidence> passages = new ArrayList<>();
		passages.add(aligned.evidence());
		List<Token> tokens = sentence.analysis().tokens();
		for (int token : denial.get().sentenceTokens()) {
			passages.add(aligned.evidence(tokens.get(token).start(), tokens.get(token).end()));
		}
		List<Integer> claimWords = new ArrayList<>(List.of(denial.get().claimCue()));
		claimWords.addAll(denial.get().claimFocus());
		claimWords.sort(null);
		String message = stated
				? aligned.documentId() + " states what the claim denies: \u201E" + words(sentence, denial.get().sentenceTokens())
						+ "\u201C where the claim says \u201E" + words(claim, claimWords) + "\u201C: " + aligned.quoted()
				: aligned.documentId() + " states without negation what the claim denies (\u201E" + words(claim, claimWords)
						+ "\u201C): " + aligned.quoted();
		return Optional.of(Finding.assessment(ID, Verdict.CONFLICTING,
				stated ? DENIAL_BASE + DENIAL_SLOPE * rest : LOOSE_BASE + LOOSE_SLOPE * rest, message, passages));
	}

	/**
	 * A sentence that states all the claim says but its negation, and denies nothing itself (Die Gäste
	 * mochten den Wirt nicht / Der Wirt wurde von den Gästen geschätzt): what the evidence library would
	 * read as stating the claim were it not negated. Where the clauses do not pair up for a comparison
	 * of their polarity (the claim's words spread over a main clause and its dass-clause) and the
	 * claim's verb is one of liking that the sentence words otherwise, no other rule sees it.
	 */
	private static Optional<Finding> statedWhatItDenies(ClaimEvidence evidence, PolarityText claim, PolarityText sentence,
			AlignedSentence aligned) {
		// All the claim says, without a tolerated gap: the mere absence of its negation is all that conflicts.
		if (sentence.isQuestion() || refuses(sentence) || aligned.coverage() < Stating.STATES_REGARDLESS
				|| !aligned.gaps(Stating::isElement).isEmpty() || !NegatedClaim.deniesOutright(claim, aligned.alignment())
				|| Stating.states(evidence, aligned) || !Stating.statesWhatTheClaimDenies(evidence, aligned)) {
			return Optional.empty();
		}
		return Optional.of(Finding.assessment(ID, Verdict.CONFLICTING, DENIAL_BASE + DENIAL_SLOPE * aligned.coverage(),
				aligned.documentId() + " states, without negation, all that the claim denies: " + aligned.quoted(),
				List.of(aligned.evidence())));
	}

	/** Nouns of refusal, which deny as their verbs do (ihren Verzicht auf eine Beteiligung erklärt). */
	private static final Set<String> REFUSALS = Set.of("verzicht", "weigerung", "ablehnung", "absage", "versäumnis");

	/** Whether the sentence has a noun of refusal, also as the last part of a compound (Teilnahmeverzicht). */
	private static boolean refuses(PolarityText sentence) {
		return sentence.analysis().lowerCaseWords().stream().anyMatch(word -> REFUSALS.stream().anyMatch(word::endsWith));
	}

	/**
	 * A sentence that says everything else the claim says, with one claim word replaced by an
	 * opposite word or another kind of the same thing, where the clause of the claim's word was not
	 * compared with one of the sentence (whose polarity then decides).
	 */
	private static Optional<Finding> substitution(PolarityText claim, PolarityText sentence, AlignedSentence aligned,
			boolean lenient) {
		Optional<Substitution.Replacement> found = Substitution.find(claim, sentence, aligned.alignment(), tolerated(lenient));
		if (found.isEmpty() || PolarityComparison.compared(claim, sentence, found.get().claimToken())) {
			return Optional.empty();
		}
		Substitution.Replacement replacement = found.get();
		double rest = SameStatement.restCoverage(aligned, term -> term.index() == replacement.claimToken());
		if (rest < threshold(lenient)) {
			return Optional.empty();
		}
		List<Token> tokens = sentence.analysis().tokens();
		Token replacing = tokens.get(replacement.sentenceToken());
		String how = switch (replacement.kind()) {
		case OPPOSITE -> " says the opposite: \u201E";
		case INCOMPATIBLE -> " says something incompatible: \u201E";
		case SIBLING -> " says something else: \u201E";
		};
		double confidence = replacement.kind() == Substitution.Kind.SIBLING ? SIBLING_BASE + SIBLING_SLOPE * rest
				: SameStatement.conflictConfidence(rest);
		return Optional.of(Finding.assessment(ID, Verdict.CONFLICTING, confidence,
				aligned.documentId() + how + replacing.text() + "\u201C where the claim says \u201E"
						+ claim.analysis().tokens().get(replacement.claimToken()).text() + "\u201C: " + aligned.quoted(),
				List.of(aligned.evidence(), aligned.evidence(replacing.start(), replacing.end()))));
	}

	/**
	 * A sentence that says everything else the claim says, with a degree of quantity, frequency or
	 * modality that cannot hold together with the claim's (alle / keine, immer / selten, muss / freiwillig).
	 */
	private static Optional<Finding> scaleClash(PolarityText claim, PolarityText sentence, AlignedSentence aligned,
			boolean lenient) {
		Optional<ScaleClash.Clash> found = ScaleClash.find(claim, sentence, aligned.alignment(), tolerated(lenient));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ScaleClash.Clash clash = found.get();
		double rest = SameStatement.restCoverage(aligned, clash::covers);
		if (rest < threshold(lenient)) {
			return Optional.empty();
		}
		List<Token> tokens = sentence.analysis().tokens();
		Token first = tokens.get(clash.sentence().first());
		Token last = tokens.get(clash.sentence().last());
		return Optional.of(Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(rest),
				aligned.documentId() + " gives another " + clash.sentence().degree().scale().name().toLowerCase(Locale.ROOT)
						+ ": „" + sentence.text().substring(first.start(), last.end()) + "“ where the claim says „"
						+ words(claim, IntStream.rangeClosed(clash.claim().first(), clash.claim().last()).boxed().toList())
						+ "“: " + aligned.quoted(),
				List.of(aligned.evidence(), aligned.evidence(first.start(), last.end()))));
	}

	/** A sentence that says who did what to whom the other way round. */
	private static Optional<Finding> roleReversal(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		if (!sameStatement(claim, sentence, aligned)) {
			return Optional.empty();
		}
		return RoleReversal.find(claim.analysis(), sentence.analysis(), aligned.alignment()).map(reversal -> {
			List<Token> tokens = sentence.analysis().tokens();
			Token agent = tokens.get(reversal.sentenceAgent());
			return statementConflict(aligned, " has the roles the other way round: „" + agent.text() + "“ does it to „"
					+ tokens.get(reversal.sentencePatient()).text() + "“ where the claim says „"
					+ claim.analysis().tokens().get(reversal.claimAgent()).text() + "“ does it to „"
					+ claim.analysis().tokens().get(reversal.claimPatient()).text() + "“: ", agent);
		});
	}

	/** Neither is a question, and the sentence says enough of the claim for a rule on their words to contradict it. */
	private static boolean sameStatement(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		return sameStatement(claim, sentence, aligned, false);
	}

	private static boolean sameStatement(PolarityText claim, PolarityText sentence, AlignedSentence aligned, boolean lenient) {
		return !claim.isQuestion() && !sentence.isQuestion() && aligned.coverage() >= threshold(lenient);
	}

	/**
	 * How many of the claim's other elements a sentence may leave unrealised for a rule on one word
	 * (an opposite, a quantifier, an exclusive nur, a preposition) to contradict the claim: some for
	 * the cited document's closest sentence, which is what the claim is about even where it adds
	 * details; none for any other.
	 */
	private static int tolerated(boolean lenient) {
		return lenient ? TOLERATED : 0;
	}

	/** Share of the claim's other words the sentence must contain for such a rule. */
	private static double threshold(boolean lenient) {
		return lenient ? LENIENT_REST : SameStatement.THRESHOLD;
	}

	/** A conflict with a sentence making the claim's statement, marking the word that makes it. */
	private static Finding statementConflict(AlignedSentence aligned, String why, Token marked) {
		return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(aligned.coverage()),
				aligned.documentId() + why + aligned.quoted(),
				List.of(aligned.evidence(), aligned.evidence(marked.start(), marked.end())));
	}

	/** A sentence that tells the claim's two events in the other order (bevor, nachdem). */
	private static Optional<Finding> orderReversal(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		if (!sameStatement(claim, sentence, aligned)) {
			return Optional.empty();
		}
		return OrderReversal.find(claim.analysis(), sentence.analysis(), aligned.alignment()).map(found -> {
			Token connective = sentence.analysis().tokens().get(found.sentenceConnective());
			return statementConflict(aligned, " tells the two events in the other order around \u201E" + connective.text()
					+ "\u201C: ", connective);
		});
	}

	/** A sentence that compares the claim's two things the other way round (lieber X als Y / lieber Y als X). */
	private static Optional<Finding> comparisonReversal(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		if (!sameStatement(claim, sentence, aligned)) {
			return Optional.empty();
		}
		return ComparisonReversal.find(claim.analysis(), sentence.analysis(), aligned.alignment()).map(found -> {
			Token als = sentence.analysis().tokens().get(found.sentenceAls());
			return statementConflict(aligned, " compares the two the other way round around \u201E" + als.text() + "\u201C: ", als);
		});
	}

	/**
	 * A sentence that says everything else the claim says but denies, right before it, the word
	 * realising the claim's verb or adjective (der Aufforderung, … anzurufen, keinesfalls zu folgen;
	 * eine wenig bekannte Krankheit), where the clause reading may miss the negation; or, where it
	 * says every element of the claim (the cited document's closest sentence: all but words of manner,
	 * {@link MannerGap}), denies the clause of that word (ist nicht für X gedacht), unless that word is only
	 * a narrower term of the claim's ({@link ClauseDenial#denying}).
	 */
	private static Optional<Finding> localDenial(PolarityText claim, PolarityText sentence, AlignedSentence aligned,
			boolean lenient) {
		if (!sameStatement(claim, sentence, aligned, lenient)) {
			return Optional.empty();
		}
		List<Term> gaps = aligned.gaps(Stating::isElement);
		if (gaps.size() > tolerated(lenient) || gaps.stream().anyMatch(gap -> closingPredicate(claim.analysis(), gap))) {
			return Optional.empty();
		}
		Optional<Finding> local = LocalDenial.find(claim.analysis(), sentence.analysis(), aligned.alignment()).map(at -> {
			Token denial = sentence.analysis().tokens().get(at);
			return statementConflict(aligned, " denies it with \u201E" + denial.text() + "\u201C right before the claim's word: ",
					denial);
		});
		if (local.isPresent() || !gaps.isEmpty() && !(lenient && MannerGap.only(claim.analysis(), gaps))) {
			return local;
		}
		// A negation elsewhere in the clause only where the sentence says all else of the claim, or, in
		// the cited document's closest sentence, all but how or when (wusste nicht / wusste genau).
		return ClauseDenial.denying(claim.analysis(), sentence.analysis(), aligned.alignment()).map(at -> {
			Token denial = sentence.analysis().tokens().get(at);
			return statementConflict(aligned, " denies it with \u201E" + denial.text() + "\u201C in the clause of the claim's word: ",
					denial);
		});
	}

	/**
	 * The adjective closing a claim without a full verb (Mica ist auch als App für das iPhone
	 * erhältlich): what the claim says of its subject. A sentence that leaves it unsaid and denies
	 * another word of the claim (weil man keine App installieren muss) may deny another statement.
	 */
	private static boolean closingPredicate(AnalyzedText claim, Term gap) {
		List<String> tags = claim.tags();
		int next = gap.index() + 1;
		return gap.kind() == TermKind.ADJECTIVE && !tags.contains("VERB") && tags.get(gap.index()).equals("ADJ")
				&& (next >= tags.size() || tags.get(next).equals("PUNCT"));
	}

	/**
	 * The cited document's closest sentence saying that a thing the claim names does not exist
	 * (…, dass es Zahlen zur Wertschöpfung nicht gebe / Das Amt verfügt über Zahlen zur Wertschöpfung:
	 * {@link DeniedExistence}), leaving at most {@link #TOLERATED} of the claim's other elements unsaid.
	 */
	private static Optional<Finding> deniedExistence(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		if (!sameStatement(claim, sentence, aligned, true) || aligned.gaps(Stating::isElement).size() > TOLERATED) {
			return Optional.empty();
		}
		return DeniedExistence.find(claim.analysis(), sentence.analysis(), aligned.alignment()).map(at -> {
			Token denial = sentence.analysis().tokens().get(at);
			return statementConflict(aligned, " says with \u201E" + denial.text() + "\u201C that there is no such thing as the claim's: ",
					denial);
		});
	}

	/** A sentence of a document the claim cites, or any when it cites none (a short claim is said in many places). */
	private static boolean fromItsSource(ClaimEvidence evidence, AlignedSentence sentence) {
		return sentence.candidate().cited() || !evidence.citing();
	}

	/** A sentence that names another thing beside the one the claim says is the only one. */
	private static Optional<Finding> exclusion(PolarityText claim, PolarityText sentence, AlignedSentence aligned, boolean lenient) {
		if (!sameStatement(claim, sentence, aligned, lenient)) {
			return Optional.empty();
		}
		return Exclusion.find(claim.analysis(), sentence.analysis(), aligned.alignment(), tolerated(lenient)).map(found -> {
			List<Token> tokens = sentence.analysis().tokens();
			Token other = tokens.get(found.sentenceOther());
			String claimCue = claim.analysis().tokens().get(found.claimCue()).text();
			if (found.denied()) {
				int before = found.sentenceOther() - 1;
				Token denial = tokens.get(tokens.get(before).text().equals("als") ? before - 1 : before);
				return statementConflict(aligned, " says \u201E" + sentence.text().substring(denial.start(), other.end()) + "\u201C of \u201E"
						+ tokens.get(found.sentenceThing()).text() + "\u201C where the claim says \u201E" + claimCue + "\u201C: ", other);
			}
			return statementConflict(aligned, " names \u201E" + other.text() + "\u201C beside \u201E"
					+ tokens.get(found.sentenceThing()).text() + "\u201C where the claim says \u201E" + claimCue + "\u201C: ", other);
		});
	}

	/** A sentence that places the claim's thing by the opposite preposition (über / unter, vor / nach). */
	private static Optional<Finding> oppositeRelation(PolarityText claim, PolarityText sentence, AlignedSentence aligned,
			boolean lenient) {
		if (!sameStatement(claim, sentence, aligned, lenient)) {
			return Optional.empty();
		}
		return OppositeRelation.find(claim.analysis(), sentence.analysis(), aligned.alignment(), tolerated(lenient)).map(found -> {
			Token said = sentence.analysis().tokens().get(found.sentencePreposition());
			return statementConflict(aligned, " says the opposite: \u201E" + said.text() + "\u201C where the claim says \u201E"
					+ claim.analysis().tokens().get(found.claimPreposition()).text() + "\u201C: ", said);
		});
	}

	/**
	 * A sentence of a cited document whose clause has the claim's pronoun subject and the opposite of
	 * its predicate (Es wird besser / Es wird schlimmer), however little else of the claim it says.
	 */
	private static Optional<Finding> pronounOpposite(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		return PronounOpposite.find(claim, sentence, aligned.alignment(), TOLERATED).map(found -> {
			Token said = sentence.analysis().tokens().get(found.sentenceToken());
			return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(LENIENT_REST),
					aligned.documentId() + " says the opposite of the same subject: \u201E" + said.text()
							+ "\u201C where the claim says \u201E" + claim.analysis().tokens().get(found.claimToken()).text()
							+ "\u201C: " + aligned.quoted(),
					List.of(aligned.evidence(), aligned.evidence(said.start(), said.end())));
		});
	}

	/**
	 * The cited document's closest sentence putting on a noun of the claim the opposite of the
	 * adjective the claim puts on it (die ruhige Gasse / Die Gasse war laut), however little else
	 * of the claim it says: the noun ties both to one thing.
	 */
	private static Optional<Finding> attributeOpposite(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		return AttributeOpposite.find(claim, sentence, aligned.alignment()).map(found -> {
			Token said = sentence.analysis().tokens().get(found.sentenceToken());
			List<Token> claimTokens = claim.analysis().tokens();
			return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(LENIENT_REST),
					aligned.documentId() + " says the opposite of the same thing: \u201E" + said.text()
							+ "\u201C where the claim says \u201E" + claimTokens.get(found.claimToken()).text() + "\u201C of \u201E"
							+ claimTokens.get(found.claimNoun()).text() + "\u201C: " + aligned.quoted(),
					List.of(aligned.evidence(), aligned.evidence(said.start(), said.end())));
		});
	}

	/**
	 * The cited document's closest sentence giving a span of time much longer than the one the claim
	 * says is all it took (nur ein paar Sekunden / ein oder zwei Stunden).
	 */
	private static Optional<Finding> shortDuration(PolarityText claim, PolarityText sentence, AlignedSentence aligned) {
		if (claim.isQuestion() || sentence.isQuestion()) {
			return Optional.empty();
		}
		return ShortDuration.find(claim.analysis(), sentence.analysis()).map(found -> {
			List<Token> tokens = sentence.analysis().tokens();
			Token first = tokens.get(found.sentenceFirst());
			Token last = tokens.get(found.sentenceLast());
			return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(aligned.coverage()),
					aligned.documentId() + " gives a longer time, \u201E" + sentence.text().substring(first.start(), last.end())
							+ "\u201C, where the claim says \u201E" + claim.analysis().tokens().get(found.claimCue()).text()
							+ "\u201C: " + aligned.quoted(),
					List.of(aligned.evidence(), aligned.evidence(first.start(), last.end())));
		});
	}

	/** Unrealised claim elements tolerated in the cited document's closest sentence by the rules on one word. */
	private static final int TOLERATED = 2;
	/** Share of the claim's other words the cited document's closest sentence must contain for those rules. */
	private static final double LENIENT_REST = 0.4;

	private static final double SIBLING_BASE = 0.3;
	private static final double SIBLING_SLOPE = 0.4;

	/** Share of the claim's other words a cited sentence must contain for a denial to count. */
	private static final double DENIAL_REST = 0.5;
	/**
	 * Share of the claim's other words the cited document's closest sentence must contain to negate
	 * the claim or state what it denies: a claim often adds details its source does not give, and the
	 * sentence that says most of it is the one it is about.
	 */
	private static final double CLOSEST_REST = 0.2;
	/** Share of the claim's other words the closest cited sentence must contain when it does not state the negated part. */
	private static final double LOOSE_REST = 0.15;
	private static final double LOOSE_BASE = 0.45;
	private static final double LOOSE_SLOPE = 0.3;
	private static final double DENIAL_BASE = 0.4;
	private static final double DENIAL_SLOPE = 0.4;

	private static PolarityText polarity(AlignedSentence sentence, CheckContext context) {
		return context.corpus().content(sentence.documentId())
				.map(content -> SentencePolarities.of(content, sentence.candidate().sentenceIndex(), sentence.analysis()))
				.orElseGet(() -> PolarityText.of(sentence.analysis()));
	}

	/**
	 * Whether the sentence itself realises the claim's noun: a person or thing of the antonym lexicon
	 * (Schwester, Mann) that it names too counts as given. A verb or adjective of the lexicon is what
	 * the comparison of polarity is about and does not count (bestätigte nicht / bestätigten).
	 */
	private static boolean realisedNounIn(AlignedSentence sentence, Term term) {
		return term.kind() == TermKind.NOUN
				&& sentence.alignment().matches().stream().anyMatch(m -> m.claimTerm().index() == term.index() && m.realisedInSentence());
	}

	/**
	 * Whether the claim opens with a personal pronoun and the sentence realises the claim's verb of
	 * the lexicon in a clause with that same pronoun (Wir konnten uns nicht erinnern / warum wir uns
	 * daran erinnern): the sentence tells the same person's act, so the verb counts as given. Where
	 * another subject does it (Russland bestätigte nicht / Die USA bestätigten … in Russland), it does not.
	 */
	private static boolean realisedVerbOfTheSamePerson(AnalyzedText claim, AlignedSentence sentence, Term term) {
		Optional<String> person = ClauseRoles.openingPersonPronoun(claim);
		if (term.kind() != TermKind.VERB || person.isEmpty()) {
			return false;
		}
		return sentence.alignment().matches().stream().filter(m -> m.claimTerm().index() == term.index() && m.realisedInSentence())
				.anyMatch(m -> inClauseOf(sentence.analysis(), m.sentenceTerm().index(), person.get()));
	}

	/** Whether the word occurs in the clause around the token, between the punctuation marks nearest to it. */
	private static boolean inClauseOf(AnalyzedText text, int token, String word) {
		List<String> tags = text.tags();
		List<String> words = text.lowerCaseWords();
		int first = token;
		while (first > 0 && !tags.get(first - 1).equals("PUNCT")) {
			first--;
		}
		int last = token;
		while (last + 1 < tags.size() && !tags.get(last + 1).equals("PUNCT")) {
			last++;
		}
		return words.subList(first, last + 1).contains(word);
	}

	/** The claim's negations and words of the antonym lexicon: they need not occur in a sentence that flips them. */
	private static Set<Integer> polarityWords(PolarityText claim) {
		Set<Integer> words = new TreeSet<>();
		for (Clause clause : claim.clauses()) {
			words.addAll(claim.negation(clause).cues());
			for (Pole pole : claim.poles(clause)) {
				for (int i = pole.first(); i <= pole.last(); i++) {
					words.add(i);
				}
			}
		}
		return words;
	}

	private static Finding finding(PolarityText claim, PolarityText sentence, AlignedSentence aligned, Flip flip,
			double rest, boolean withContext) {
		String sentenceWords = words(sentence, flip.sentenceWords());
		String claimWords = words(claim, flip.claimWords());
		String what = switch (flip.kind()) {
		case OPPOSITE -> " says the opposite: ";
		case NEGATION -> sentence.negation(flip.sentenceClause()).cues().isEmpty() ? " states it without the negation: "
				: " negates it: ";
		};
		List<Evidence> passages = new ArrayList<>();
		passages.add(aligned.evidence());
		List<Token> tokens = sentence.analysis().tokens();
		for (int cue : flip.sentenceCues()) {
			passages.add(aligned.evidence(tokens.get(cue).start(), tokens.get(cue).end()));
		}
		if (flip.sentenceCues().isEmpty()) {
			int first = flip.sentenceWords().get(0);
			int last = flip.sentenceWords().get(flip.sentenceWords().size() - 1);
			passages.add(aligned.evidence(tokens.get(first).start(), tokens.get(last).end()));
		}
		return Finding.assessment(ID, Verdict.CONFLICTING, SameStatement.conflictConfidence(rest),
				aligned.documentId() + what + "\u201E" + sentenceWords + "\u201C where the claim says \u201E" + claimWords
						+ "\u201C: " + aligned.quoted() + (withContext ? " (read with the sentences before it)" : ""),
				passages);
	}

	/** The tokens as written, with an ellipsis where words between them are left out. */
	private static String words(PolarityText text, List<Integer> indexes) {
		List<Token> tokens = text.analysis().tokens();
		StringBuilder out = new StringBuilder();
		int runStart = -1;
		int previous = -2;
		for (int index : indexes) {
			if (index != previous + 1) {
				if (runStart >= 0) {
					out.append(text.text(), tokens.get(runStart).start(), tokens.get(previous).end()).append(" \u2026 ");
				}
				runStart = index;
			}
			previous = index;
		}
		if (runStart >= 0) {
			out.append(text.text(), tokens.get(runStart).start(), tokens.get(previous).end());
		}
		return out.toString();
	}
}
