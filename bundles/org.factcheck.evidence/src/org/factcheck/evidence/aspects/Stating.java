package org.factcheck.evidence.aspects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.DerivedSynonyms;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.HeadAlone;
import org.factcheck.evidence.alignment.RivalCompound;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Copulas;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.Scales;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.SuffixOpposites;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.NameCategory;
import org.factcheck.text.tokens.Token;

/**
 * Whether a candidate sentence states the claim — the evidence checker's measure, shared with the
 * checkers that judge something about the sentences that state a claim (how they hedge it, who
 * publishes them): most of the claim's content words, its predicate unless nearly all words are
 * there, more than its names, every element of the claim but one (never a quantifying word or an
 * attribute, number, time or share, nor a name its document never mentions or the place the claim
 * puts its statement in (in Pjöngjang), nor the part of a name
 * beside which the sentence gives another: Atlético Madrid for Real Madrid), its numbers, its
 * restricting quantifiers, its degrees of quantity, frequency and obligation, its denials (and no
 * denial of a word that realises it: keinesfalls zu folgen, wenig bekannt; nor of the clause that
 * realises it: ist nicht für X gedacht; nor a verb that prevents what the claim states:
 * {@link PreventedAct}; nor the existence of a thing it names: {@link DeniedExistence}) and who
 * does what to whom (within clause boundaries: no other doer of its act, no other object after its
 * preposition: {@link AnotherObject}) and in which order, its roles as held now (not only earlier),
 * its acts as done (not still pending: {@link PendingState}, nor only what would have happened:
 * {@link CounterfactualAct}, nor only as a condition: {@link ConditionalAct}, nor only as what someone tries or
 * hopes to bring about: {@link AttemptedAct}), and in a document the claim does not
 * cite all its elements but one. A sentence that only asks whether ({@link UnansweredQuestion}) states
 * nothing, and a reason the claim gives is never a tolerated gap where the sentence gives none
 * ({@link GivenReason}), nor a phrase after a noun that says which ones (Frauen aus der Wirtschaft).
 * Nor does a sentence state the claim that gives another name right after the words it shares with
 * the claim (die Volkshilfe Hartberg, Turbinen an Ungarn) or that puts the claim's act in another
 * place ({@link AnotherPlace}), or that gives the claim's predicative word to another person
 * ({@link ApposedToAnother}: der Australier Peter Greste for Fahmi ist Australier) or the title it puts before
 * a name to another person ({@link TitleOfAnother}), or that gives the claim's figure for a whole of which the claim
 * names one part ({@link CoordinatedWhole}), or that says a word of the claim only of a part of
 * what the claim counts ({@link PartitiveSubset}: drei Menschen verletzt, davon einer schwer), or that
 * gives the claim's superlative only in the positive ({@link SuperlativeByPositive}: gute for die besten),
 * or that gives the claim's noun another attribute ({@link AnotherAttribute}: der schiitische Iran for der
 * sunnitische Iran), or the claim's person another body ({@link AnotherBody}: vom ÖGB for von Attac).
 */
public final class Stating {

	/** Weighted share of the claim's content words a sentence must contain to state it. */
	public static final double STATES = 0.6;

	/** From this share a sentence states the claim even if it words the predicate differently. */
	public static final double STATES_REGARDLESS = 0.75;

	/** Share of the claim's words other than names a stating sentence must contain. */
	public static final double BEYOND_NAMES = 0.4;

	/** How many elements a claim must have to be recognised in a document it does not cite. */
	public static final int SPECIFIC = 3;

	/** How many of the claim's elements a sentence of a document the claim does not cite may leave out. */
	public static final int UNCITED_GAPS = 1;

	/** How many of the claim's elements a stating sentence and its context may leave unrealised. */
	public static final int GAPS = 1;

	/**
	 * How much, how completely or how soon, besides the degrees of {@link Scales} (mehr, meisten,
	 * vollständig, teilweise, sofort): a claim saying it says more than a sentence that does not, so it
	 * is never a tolerated gap.
	 */
	private static final Set<String> AMOUNTS = Set.of("mehr", "weniger", "wenigsten", "sofort", "viele", "vielen",
			"vollständig", "komplett", "völlig", "gänzlich", "vollkommen", "restlos", "teilweise", "größtenteils",
			"weitgehend");

	/**
	 * Universal and exclusive quantifiers (alle, nur, ausschließlich): a claim that says all or only
	 * says more than a sentence that does not, so the sentence must say it too (Lucene drops these
	 * words as stop words, so the alignment does not see them).
	 */
	private static final Set<String> RESTRICTING = Set.of("alle", "allen", "aller", "alles", "sämtliche", "sämtlichen",
			"nur", "ausschließlich", "lediglich", "einzig", "einzige", "einzigen", "einziger", "einziges");

	/** Prepositions that place a statement (in Pjöngjang, nach Wien, aus Graz, bei Linz, auf Kreta). */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "im", "nach", "aus", "bei", "auf");

	/** Prepositions that give a claim's destination (wechselt zu Borussia Dortmund, zum FC Bayern). */
	private static final Set<String> DESTINATIONS = Set.of("zu", "zum", "zur");

	private Stating() {
	}

	/**
	 * Whether the single sentence states the claim. Decided once per sentence of a claim's evidence
	 * and remembered there: several checkers ask it of the same sentences.
	 */
	public static boolean states(ClaimEvidence evidence, AlignedSentence sentence) {
		return evidence.stating(sentence, s -> statesNow(evidence, s));
	}

	private static boolean statesNow(ClaimEvidence evidence, AlignedSentence sentence) {
		boolean words = sentence.coverage() >= STATES_REGARDLESS
				|| sentence.coverage() >= STATES && sentence.alignment().predicateMatched();
		return words && saysWhatHappened(evidence.claim(), sentence) && statesAlso(evidence, sentence);
	}

	/**
	 * What any stating sentence or passage must do besides containing the claim's words: realise its
	 * elements, deny what it denies, give its numbers, restrict as it does, and identify it where the
	 * claim does not cite the document.
	 */
	public static boolean statesAlso(ClaimEvidence evidence, AlignedSentence sentence) {
		return negatesAsTheClaim(evidence, sentence) && statesAllButTheDenial(evidence, sentence);
	}

	/**
	 * Whether the sentence states what the claim denies: it states the claim in every way a stating
	 * sentence must ({@link #states}), the claim's words of negation aside (nie, niemals, which the
	 * alignment counts as words), but denies nothing itself (Er mochte sie nicht / sie wurde von ihm
	 * geliebt). Whether the claim's negation bears on its statement (no partial negation, no question,
	 * no counterfactual) is for the caller to judge.
	 */
	public static boolean statesWhatTheClaimDenies(ClaimEvidence evidence, AlignedSentence sentence) {
		NegationCues cues = NegationCues.german();
		if (words(evidence.claim().tokens()).stream().noneMatch(cues::denies)) {
			return false;
		}
		List<String> said = sentence.analysis().lowerCaseWords();
		if (said.stream().anyMatch(word -> cues.denies(word) || word.startsWith("kein")) || !RefusedAct.find(sentence.analysis()).isEmpty()) {
			return false;
		}
		double coverage = sentence.alignment().coverage(term -> !cues.denies(term.text().toLowerCase(Locale.GERMAN)));
		boolean words = coverage >= STATES_REGARDLESS || coverage >= STATES && sentence.alignment().predicateMatched();
		return words && saysWhatHappened(evidence.claim(), sentence) && statesAllButTheDenial(evidence, sentence);
	}

	private static boolean statesAllButTheDenial(ClaimEvidence evidence, AlignedSentence sentence) {
		return !UnansweredQuestion.asksWhether(evidence.claim(), sentence.analysis()) && realisesElements(evidence, sentence)
				&& identifies(evidence, sentence)
				&& restrictsAsTheClaim(evidence, sentence) && gradesAsTheClaim(evidence, sentence)
				&& RoleReversal.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& OrderReversal.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& ComparisonReversal.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& AnotherActor.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& AnotherSpeaker.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& AnotherPlace.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& ApposedToAnother.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& !TitleOfAnother.gives(evidence.claim(), sentence.analysis(), sentence.alignment())
				&& BracketOfAnother.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& PlaceOfAnotherThing.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& !AnotherObject.gives(evidence.claim(), sentence.analysis(), sentence.alignment())
				&& actsAsTheClaim(evidence, sentence)
				&& LocalDenial.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& ClauseDenial.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& DeniedExistence.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& PreventedAct.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& PendingState.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& CounterfactualAct.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& ConditionalAct.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& AttemptedAct.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& !EarlierState.onlyEarlier(evidence.claim(), sentence) && !EarlierState.onlyChangedFrom(evidence.claim(), sentence)
				&& QuantityComparison.statesAll(evidence.claim(), sentence.analysis())
				&& !yearGivenOtherwise(evidence.claim(), sentence)
				&& !PredicateOfAnother.saysItOfAnother(evidence.claim(), sentence.analysis(), sentence.alignment())
				&& !AttributeOfAnother.saysItOfAnother(evidence.claim(), sentence.analysis(), sentence.alignment())
				&& !AnotherAttribute.gives(evidence.claim(), sentence.analysis(), sentence.alignment())
				&& !CoordinatedWhole.countsAWhole(evidence.claim(), sentence.analysis(), sentence.alignment())
				&& PartitiveSubset.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& !SuperlativeByPositive.weakens(sentence.alignment())
				&& !AnotherBody.gives(evidence.claim(), sentence.analysis(), sentence.alignment());
	}

	/**
	 * Every element of the claim realised by the sentence (any relation of the lexical layer) or by
	 * its context (the noun of an attribution whose speaker is given aside: nach Ansicht Brauns,
	 * {@link OpinionAttribution}), its year not given to another statement than the role the sentence apposes
	 * ({@link ApposedRole}), but at most {@link #GAPS} (a compound named by its head alone, its first part left
	 * to no context, is one: {@link HeadAlone}, and not tolerated where a phrase after the head says
 * which other kind the sentence means; so is the claim's place where the sentence names it
	 * only within another name: der SV Ried for in Ried), and none is tolerated where the claim's verb is
	 * realised only by an -ung noun of a synonym ({@link DerivedSynonyms}: die Entsendung eines Gesandten
	 * does not say who sent him): a claim adding details the source does not give is not
	 * stated by it. The tolerated gap is never a word of amount or degree, an attribute, a detail that
	 * pins the claim down, a name the document never mentions, a word of a reason the sentence
	 * does not give, a year where the sentence gives another year or its document never gives it but a
	 * later one, a word whose opposite by un- or by its suffix the sentence gives (unfreundlich / freundlich,
	 * erfolgreich / erfolglos: {@link SuffixOpposites}), a word the
	 * sentence excludes by focusing on another ({@link ExclusiveFocus}: nur auf Portugiesisch), or the claim's verb where the sentence gives its subject another act
	 * ({@link AnotherAct}) or its doer another participle ({@link AnotherAct#ofTheDoer}: vom Bauamt beeinsprucht
	 * for vom Bauamt unterstützt) or gives the claim's words only in a participle attribute with another
	 * participle ({@link ParticipleAttribute}: der im Innenministerium angesiedelten Kommission) or gives all its other words
	 * within one prepositional phrase ({@link PrepositionalMention}: nach dem Länderspiel zwischen Deutschland und der Slowakei) or asserts only what the claim's adverbial clause gives as background ({@link BackgroundOnly}), or names
	 * another act done to the claim's object ({@link ActOnTheObject}: das Schützen der Flagge), or only likens
	 * the claim's things to each other ({@link LikenedOnly}: ist wie ein Vater für die Kinder), a noun that may answer the sentence's who, what or
	 * which ({@link UnansweredQuestion#asksFor}), the claim's title before a name where the sentence gives the name another
	 * ({@link AnotherTitle}: der Verteidiger Dennis Chessa for der Stürmer Dennis Chessa), the claim's named subject where the clause of the sentence's verb names
	 * another ({@link AnotherActor#namedOtherwise}), the predicative complement of a claim without a
	 * full verb (Fahmi ist Australier), the claim's predicative noun where the sentence gives its named subject
	 * another ({@link AnotherPredicate}), a compound where the sentence names another of its kind
	 * ({@link RivalCompound}), a name, or a word the document uses elsewhere, after a preposition where the
	 * clause of the claim's verb gives another word after it ({@link AnotherObject#replaces}: in der Sporthalle
	 * untergebracht for in der Schwarzenbergkaserne, which the report names for something else), an adverbial adjective where the sentence gives the verb another
	 * ({@link AnotherManner}: reagiert allergisch for reagiert gelassen), a member the claim adds to what the sentence lists ({@link AddedConjunct}: im Omnium und
	 * im Madison), or a word of a phrase closing the claim that adds a detail the document never gives ({@link ClosingDetail}).
	 * Not elements here: the reflexive befinden where the sentence gives the place after the claim's preposition
	 * ({@link LocativeCopula}), and a noun of possibility whose act the sentence states ({@link PossibleAct}: die Fähigkeit, … zu arbeiten).
	 */
	private static boolean realisesElements(ClaimEvidence evidence, AlignedSentence sentence) {
		return realisesElements(evidence, sentence, term -> false);
	}

	/**
	 * Whether the sentence realises the claim's elements as a stating sentence must (see
	 * {@link #statesAlso}), the words {@code saidElsewhere} counted as realised: the claim's dates
	 * where a checker compared them itself, or words a neighbouring sentence gives.
	 */
	public static boolean realisesElements(ClaimEvidence evidence, AlignedSentence sentence, Predicate<Term> saidElsewhere) {
		Predicate<Term> counted = term -> isElement(term) && !measures(evidence.claim(), term) && !saidElsewhere.test(term)
				&& !LocativeCopula.placedAsTheClaim(evidence.claim(), sentence.analysis(), sentence.alignment(), term) && !PossibleAct.madePossible(evidence.claim(), sentence.alignment(), term)
				&& !OpinionAttribution.attributes(evidence.claim(), sentence, term)
				&& !refusesAlike(evidence.claim(), sentence.analysis(), term);
		List<Term> unsaid = sentence.gaps(counted);
		List<Term> gaps = new ArrayList<>(unsaid);
		sentence.alignment().matches().stream().filter(HeadAlone::realises).map(TermMatch::claimTerm)
				.filter(term -> counted.test(term) && !sentence.inContext().contains(term)).forEach(gaps::add);
		sentence.alignment().matches().stream().filter(m -> locates(evidence.claim(), m.claimTerm())
				&& !beginsAName(evidence.claim(), m.claimTerm()) && m.realisedInSentence()
				&& inAnotherName(evidence.claim(), sentence, m.sentenceTerm().index())).map(TermMatch::claimTerm)
				.filter(term -> counted.test(term) && !gaps.contains(term)).forEach(gaps::add);
		return gaps.size() <= GAPS && !speaksOfAnother(evidence.claim(), sentence)
				&& (gaps.isEmpty() || sentence.alignment().matches().stream().noneMatch(DerivedSynonyms::realises))
				&& !(verbOnlyNominalised(sentence.alignment()) && ClauseRoles.subject(evidence.claim())
						.filter(subject -> gaps.stream().anyMatch(gap -> subject.contains(gap.index()))).isPresent())
				&& evidence.claim().terms().stream().noneMatch(term -> ApposedRole.datesAnother(evidence.claim(), sentence, term))
				&& gaps.stream().noneMatch(gap -> quantifies(gap, evidence.claimDegrees()))
				&& gaps.stream().noneMatch(gap -> attributes(evidence.claim(), gap) || qualifies(evidence.claim(), sentence, gap))
				&& gaps.stream().noneMatch(gap -> GivenReason.unsaid(evidence.claim(), gap, sentence.analysis()))
				&& gaps.stream().noneMatch(gap -> Specifics.pinsDown(gap) || bringsIn(evidence, sentence, gap))
				&& gaps.stream().noneMatch(gap -> namesAnother(sentence, gap) || datesOtherwise(sentence, gap)
						|| notTheYearOfWriting(evidence, sentence, gap)
						|| RivalCompound.namedIn(gap, sentence.analysis().terms()))
				&& gaps.stream().noneMatch(gap -> ExclusiveFocus.excludes(evidence.claim(), sentence, gap))
				&& gaps.stream().noneMatch(gap -> sentence.analysis().terms().stream().anyMatch(term -> Aligner.opposedByUn(gap, term)
						|| SuffixOpposites.opposed(gap.key(), term.key())))
				&& gaps.stream().noneMatch(gap -> AnotherActor.namedOtherwise(evidence.claim(), sentence.analysis(), sentence.alignment(), gap))
				&& gaps.stream().noneMatch(gap -> AnotherAct.find(evidence.claim(), sentence.analysis(), sentence.alignment(), gap).isPresent()
						|| AnotherAct.ofTheDoer(evidence.claim(), sentence.analysis(), sentence.alignment(), gap).isPresent()
						|| ParticipleAttribute.replaces(sentence.analysis(), sentence.alignment(), gap)
						|| PrepositionalMention.onlyMentions(evidence.claim(), sentence.analysis(), sentence.alignment(), gap)
						|| BackgroundOnly.assertsOnlyTheBackground(evidence.claim(), sentence.analysis(), sentence.alignment(), gap)
						|| ActOnTheObject.namedOtherwise(evidence.claim(), sentence.analysis(), sentence.alignment(), gap)
						|| LikenedOnly.likens(evidence.claim(), sentence.analysis(), sentence.alignment(), gap)
						|| UnansweredQuestion.asksFor(evidence.claim(), sentence.analysis(), gap)
						|| AnotherPredicate.find(evidence.claim(), sentence.analysis(), sentence.alignment(), gap).isPresent()
						|| (gap.kind() == TermKind.NAME || evidence.mentions(sentence.documentId(), gap))
								&& AnotherObject.replaces(evidence.claim(), sentence.analysis(), sentence.alignment(), gap))
				&& gaps.stream().noneMatch(gap -> predicativeComplement(evidence.claim(), gap)
						|| AddedConjunct.adds(evidence.claim(), gap, sentence.alignment())
						|| predicativeAdjectiveSaidElsewhere(evidence, sentence, gap)
						|| AnotherManner.gives(evidence.claim(), sentence.analysis(), sentence.alignment(), gap)
						|| AnotherTitle.gives(evidence.claim(), sentence.analysis(), sentence.alignment(), gap))
				&& !predicatedByItsHead(evidence.claim(), sentence, gaps)
				&& sentence.alignment().matches().stream().noneMatch(match -> gaps.contains(match.claimTerm())
						&& HeadAlone.specifiedOtherwise(match, sentence.analysis(), sentence.alignment()))
				&& unsaid.stream().noneMatch(gap -> ClosingDetail.adds(evidence, sentence, gap));
	}

	/**
	 * Whether every claim verb the sentence realises it realises only by an -ung noun
	 * ({@link DerivedSynonyms#nominalises}: die Prüfung der Bonität for prüft): the noun does not say
	 * who acts, so the claim's subject may not be left out.
	 */
	private static boolean verbOnlyNominalised(Alignment alignment) {
		List<TermMatch> verbs = alignment.matches().stream()
				.filter(m -> m.claimTerm().kind() == TermKind.VERB && m.score() >= Alignment.REALISED && m.sentenceTerm() != null).toList();
		return !verbs.isEmpty() && verbs.stream().allMatch(DerivedSynonyms::nominalises);
	}

	/**
	 * The noun a claim without a full verb predicates of its subject, right after its copula but for
	 * articles and adjectives (Fahmi ist Australier, Er war der Kapitän): it is what the claim says, so
	 * it is no tolerated gap.
	 */
	private static boolean predicativeComplement(AnalyzedText claim, Term gap) {
		return (gap.kind() == TermKind.NOUN || gap.kind() == TermKind.NAME) && afterCopula(claim, gap.index())
				&& AnotherPredicate.predicative(claim, gap.index()) && !predicateAdjectiveAfter(claim, gap.index());
	}

	/**
	 * The adjective a claim without a full verb predicates of its subject (Der Ehemann war bereits
	 * vorbestraft), where the sentence's document uses that word elsewhere (dass sie einschlägig
	 * vorbestraft ist): the document says it there, of whoever it says it of, so a sentence without
	 * it does not leave it out as a detail. (Where the document never uses the word, the sentence
	 * may say the same in other words.)
	 */
	private static boolean predicativeAdjectiveSaidElsewhere(ClaimEvidence evidence, AlignedSentence sentence, Term gap) {
		return gap.kind() == TermKind.ADJECTIVE && afterCopula(evidence.claim(), gap.index())
				&& !evidence.claim().tags().contains("VERB") && evidence.mentions(sentence.documentId(), gap);
	}

	/** Word classes that continue a noun phrase after an adjective (eine große Menge, neue große Pläne). */
	private static final Set<String> NOUN_PHRASE = Set.of("NOUN", "PROPN", "ADJ");

	/**
	 * Whether an adjective closes the clause after the noun (waren rund 2.000 Anhänger anwesend): then
	 * the adjective is what the copula predicates, and the noun its subject.
	 */
	private static boolean predicateAdjectiveAfter(AnalyzedText claim, int noun) {
		List<String> tags = claim.tags();
		int end = ClauseBoundary.end(claim, noun);
		for (int i = noun + 1; i <= end; i++) {
			if (tags.get(i).equals("ADJ") && (i == end || !NOUN_PHRASE.contains(tags.get(i + 1)))) {
				return true;
			}
		}
		return false;
	}

	/** Word classes between a copula and its predicative noun (ist ein neues Ferienhaus, war nie ein Ferienhaus). */
	private static final Set<String> BEFORE_PREDICATE = Set.of("DET", "ADJ", "ADV", "PART", "NUM");

	/**
	 * A compound the claim predicates of something (Das Haus ist ein Ferienhaus) that the sentence names
	 * by its head alone, in the word that realises another word of the claim too (dieses Haus): the
	 * sentence names the thing, not what the claim says it is. That is no tolerated gap.
	 */
	private static boolean predicatedByItsHead(AnalyzedText claim, AlignedSentence sentence, List<Term> gaps) {
		return sentence.alignment().matches().stream().filter(HeadAlone::realises)
				.anyMatch(match -> gaps.contains(match.claimTerm()) && predicative(claim, match.claimTerm())
						&& sentence.alignment().matches().stream().anyMatch(other -> other != match && other.sentenceTerm() != null
								&& other.sentenceTerm().index() == match.sentenceTerm().index()));
	}

	/** A noun after a finite form of sein or bleiben with only articles, adjectives and adverbs between: the predicate. */
	private static boolean predicative(AnalyzedText claim, Term noun) {
		return noun.kind() == TermKind.NOUN && afterCopula(claim, noun.index());
	}

	/**
	 * Whether a finite form of sein or bleiben stands before the word with only articles, adjectives,
	 * adverbs and prepositional phrases between (Größter Kreditnehmer war mit 100 Millionen Euro die
	 * BELIG).
	 */
	private static boolean afterCopula(AnalyzedText claim, int word) {
		List<String> tags = claim.tags();
		int at = word - 1;
		while (at >= 0) {
			if (BEFORE_PREDICATE.contains(tags.get(at))) {
				at--;
				continue;
			}
			int preposition = prepositionOfPhrase(tags, at);
			if (preposition < 0) {
				break;
			}
			at = preposition - 1;
		}
		return at >= 0 && (tags.get(at).equals("AUX") || tags.get(at).equals("VERB")) && Copulas.ofBeing(claim.lowerCaseWords().get(at));
	}

	/** Word classes of a prepositional phrase after its preposition (mit 100 Millionen Euro). */
	private static final Set<String> IN_PHRASE = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

	/** The preposition of the prepositional phrase that ends with the noun at {@code end}; -1 if it is none. */
	private static int prepositionOfPhrase(List<String> tags, int end) {
		if (!(tags.get(end).equals("NOUN") || tags.get(end).equals("PROPN"))) {
			return -1;
		}
		int at = end;
		while (at >= 0 && IN_PHRASE.contains(tags.get(at))) {
			at--;
		}
		return at >= 0 && tags.get(at).startsWith("ADP") ? at : -1;
	}

	/**
	 * A verb of refusal of the claim where the sentence refuses too, in other words (weigerte sich /
	 * lehnte es ab, … zu …): it realises the claim's refusal; whether the refused act is the same is
	 * for the claim's other words.
	 */
	private static boolean refusesAlike(AnalyzedText claim, AnalyzedText sentence, Term term) {
		return term.kind() == TermKind.VERB && RefusedAct.find(claim).stream().anyMatch(r -> r.verb() == term.index())
				&& !RefusedAct.find(sentence).isEmpty();
	}

	/**
	 * For checkers that compare one aspect of a claim (its numbers, dates) and support it where a
	 * sentence gives the same: whether the sentence states the rest of the claim, the aspect's words
	 * {@code given} counted as said. It must give the claim's act (unless it gives nearly all its
	 * words, {@link #STATES_REGARDLESS}), realise its elements as a stating sentence must
	 * ({@link #realisesElements(ClaimEvidence, AlignedSentence, Predicate)}) and put the act in no
	 * other place ({@link AnotherPlace}).
	 */
	public static boolean statesTheRest(ClaimEvidence evidence, AlignedSentence sentence, Predicate<Term> given) {
		return (sentence.alignment().predicateMatched() || sentence.coverage() >= STATES_REGARDLESS)
				&& realisesElements(evidence, sentence, given)
				&& AnotherPlace.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty();
	}

	/**
	 * For a checker that compares the claim's figures: whether the sentence's figures are for the
	 * same things as the claim's, the figures' words {@code given} counted as said. It may word the
	 * act differently or leave out a word, but not a phrase after a noun that says which ones the
	 * claim counts ({@link #qualifies}: Frauen aus der Zivilgesellschaft) or a name the document
	 * never mentions (auf dem Palatin-Hügel where it names the Quirinal-Hügel, or a name the lexicon
	 * knows; not a common noun the tagger takes for a name), nor give the figure for a
	 * whole of which the claim names one part ({@link CoordinatedWhole}: in Liga und Cup 19 Tore), nor
	 * say a word of the claim only of a part of what it counts ({@link PartitiveSubset}), nor specify
	 * the counted thing otherwise ({@link OtherSpecifier}: US-Behörden for Schweizer Behörden), nor
	 * for another place than the claim's ({@link AnotherPlace}: In den USA verbraucht jeder … 8000 Liter
	 * for In Europa verbraucht jeder … 8000 Liter) where the document has not given the claim's place
	 * before the sentence (a report headed Wisconsin may say in den USA of the same shooting), or has
	 * given it only listed beside the sentence's place (über Spielfeld und Bad Radkersburg, then In Bad
	 * Radkersburg warteten …: two places, neither within the other). A sentence that only asks whether
	 * ({@link UnansweredQuestion}: Könnte es eine vierte geben?) gives no figure, nor a question that
	 * leaves the claim's act unsaid ({@link UnansweredQuestion#leavesTheActOpen}); one that gives
	 * another year than the claim's year gives its figure for another time (225 Millionen … 2006 for
	 * 2008 … 225 Millionen).
	 */
	public static boolean countsTheSameThing(ClaimEvidence evidence, AlignedSentence sentence, Predicate<Term> given) {
		if (UnansweredQuestion.asksWhether(evidence.claim(), sentence.analysis())) {
			return false;
		}
		List<Term> gaps = sentence.gaps(term -> isElement(term) && !measures(evidence.claim(), term) && !given.test(term));
		return gaps.stream().filter(gap -> gap.kind() != TermKind.VERB).count() <= GAPS
				&& !UnansweredQuestion.leavesTheActOpen(evidence.claim(), sentence.analysis(),
						sentence.alignment().unrealised(term -> term.kind() == TermKind.VERB && isElement(term)))
				&& PartitiveSubset.find(evidence.claim(), sentence.analysis(), sentence.alignment()).isEmpty()
				&& gaps.stream().noneMatch(gap -> qualifies(evidence.claim(), sentence, gap)
						|| OtherSpecifier.specifies(evidence.claim(), gap, sentence.alignment())
						|| namedPartUnmentioned(evidence, sentence, gap) || knownName(gap) && !evidence.mentions(sentence.documentId(), gap)
						|| datesOtherwise(sentence, gap))
				&& !CoordinatedWhole.countsAWhole(evidence.claim(), sentence.analysis(), sentence.alignment())
				&& AnotherPlace.find(evidence.claim(), sentence.analysis(), sentence.alignment())
						.filter(place -> !evidence.mentionsBefore(sentence.documentId(), place.claimPlace(), sentence.candidate().start())
								|| evidence.listsBefore(sentence.documentId(), place.claimPlace(),
										sentence.analysis().tokens().get(place.sentencePlace()).text(), sentence.candidate().start()))
						.isEmpty();
	}

	/**
	 * A verb of saying that takes an object rather than reported words (Die Regierung bekräftigte
	 * ihre Position) is the claim's act: the sentence must realise it, as any full verb (it is not
	 * an element only where it attributes what the claim reports).
	 */
	private static boolean actsAsTheClaim(ClaimEvidence evidence, AlignedSentence sentence) {
		return sentence.gaps(term -> ReportingVerbs.isAct(evidence.claim(), term)).isEmpty();
	}

	/** Whether one word is the other with an ending (Paus, Pau: a genitive the alignment missed). */
	static boolean inflects(String word, String other) {
		String a = word.toLowerCase(Locale.GERMAN);
		String b = other.toLowerCase(Locale.GERMAN);
		return a.startsWith(b) || b.startsWith(a);
	}

	/**
	 * A capitalised word of a claim's name that the sentence leaves out where it names another, the
	 * rest of the name being the same (Real Madrid / Atlético Madrid, Hillary / Bill Clinton): right
	 * beside the word realising the rest stands a proper name of the sentence that realises nothing
	 * of the claim. The sentence speaks of another one, which is never a tolerated gap.
	 */
	private static boolean namesAnother(AlignedSentence sentence, Term gap) {
		if (!Character.isUpperCase(gap.text().charAt(0))) {
			return false;
		}
		List<String> sentenceTags = sentence.analysis().tags();
		Set<Integer> realising = sentence.alignment().matchedSentenceTokens();
		for (var match : sentence.alignment().matches()) {
			int beside = match.claimTerm().index() - gap.index();
			if (Math.abs(beside) != 1 || match.sentenceTerm() == null || match.byReference()
					|| match.score() < Alignment.REALISED || match.claimTerm().kind() != TermKind.NAME) {
				continue;
			}
			int other = match.sentenceTerm().index() - beside;
			if (other >= 0 && other < sentenceTags.size() && sentenceTags.get(other).equals("PROPN")
					&& !realising.contains(other) && !inflects(sentence.analysis().tokens().get(other).text(), gap.text())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A year of the claim where the sentence gives another year (seit Januar 2015 for seit Januar
	 * 2014): the sentence does not leave the year out, it dates its statement otherwise, so the
	 * claim's year is no tolerated gap there.
	 */
	private static boolean datesOtherwise(AlignedSentence sentence, Term gap) {
		return Specifics.isYear(gap) && sentence.analysis().tokens().stream()
				.anyMatch(token -> Specifics.isYear(token.text()) && !token.text().equals(gap.text()));
	}

	/**
	 * A year of the claim that the sentence's document never gives while it gives a later one (im
	 * Jahr 2012 where the report speaks of November 2015): a report leaves out the year it is
	 * written in, but it was not written in that year, so the claim adds the year, and that is no
	 * tolerated gap.
	 */
	private static boolean notTheYearOfWriting(ClaimEvidence evidence, AlignedSentence sentence, Term gap) {
		return Specifics.isYear(gap) && !evidence.mentions(sentence.documentId(), gap)
				&& evidence.givesYearAfter(sentence.documentId(), Integer.parseInt(gap.text()));
	}

	/**
	 * A year of the claim right after a word the sentence realises, where the sentence gives another
	 * year right after that word (am 12. November 1939 for am 12. November 1938, im Sommer 2013 for
	 * im Sommer 2014): the sentence dates that statement otherwise, wherever else the claim's year
	 * stands (a passage may give it for something else).
	 */
	private static boolean yearGivenOtherwise(AnalyzedText claim, AlignedSentence sentence) {
		List<Token> tokens = sentence.analysis().tokens();
		for (Term year : claim.terms()) {
			if (!Specifics.isYear(year) || year.index() == 0) {
				continue;
			}
			boolean other = sentence.alignment().matches().stream()
					.filter(m -> m.claimTerm().index() == year.index() - 1 && m.realisedInSentence())
					.map(m -> m.sentenceTerm().index() + 1)
					.anyMatch(next -> next < tokens.size() && Specifics.isYear(tokens.get(next).text())
							&& !tokens.get(next).text().equals(year.text()));
			if (other) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A name of the claim after a noun it shares with the sentence, directly or after the same
	 * preposition and article (die Flüchtlingshilfe Mödling, Waffenlieferungen an Südkorea), where
	 * the sentence puts a proper name there that realises nothing of the claim (die Flüchtlingshilfe
	 * Kaltenleutgeben, Waffenlieferungen an Nordkorea), or a noun right after the preposition
	 * (Vorsprung auf Sturm for Vorsprung auf Rapid): the sentence speaks of another one.
	 */
	private static boolean afterTheSameWords(AnalyzedText claim, AlignedSentence sentence, Term gap) {
		AnalyzedText said = sentence.analysis();
		Set<Integer> realising = sentence.alignment().matchedSentenceTokens();
		for (var match : sentence.alignment().matches()) {
			int between = gap.index() - match.claimTerm().index() - 1;
			if (between < 0 || between > FUNCTION_WORDS || match.sentenceTerm() == null || match.byReference()
					|| match.score() < Alignment.REALISED
					|| match.claimTerm().kind() != TermKind.NOUN && match.claimTerm().kind() != TermKind.NAME) {
				continue;
			}
			int at = match.sentenceTerm().index();
			int other = at + between + 1;
			if (other < said.tokens().size() && (said.tags().get(other).equals("PROPN") || bareNounAfterPreposition(said, other, between))
					&& !realising.contains(other)
					&& !inflects(said.tokens().get(other).text(), gap.text())
					&& sameWordsBetween(claim, match.claimTerm().index(), said, at, between)
					&& !realisedInTheSameSentence(sentence, gap, at)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A noun right after a preposition, without an article (Vorsprung auf Sturm): where the claim
	 * has a name there (Vorsprung auf Rapid), the sentence names another club, place or person as
	 * plainly as by a proper name. Not a time (auf Dauer).
	 */
	private static boolean bareNounAfterPreposition(AnalyzedText said, int noun, int between) {
		return between > 0 && said.tags().get(noun).equals("NOUN") && said.tags().get(noun - 1).startsWith("ADP")
				&& said.termAt(noun).filter(term -> !Specifics.pinsDown(term)).isPresent();
	}

	/**
	 * Whether the sentence realises the claim's name in the same sentence as the given token (a
	 * passage joins two): Turbinen an Ungarn und Rumänien names both.
	 */
	private static boolean realisedInTheSameSentence(AlignedSentence sentence, Term name, int token) {
		List<String> words = sentence.analysis().lowerCaseWords();
		return sentence.alignment().matches().stream().filter(m -> m.claimTerm() == name && m.sentenceTerm() != null
				&& m.score() >= Alignment.REALISED && !m.byReference()).anyMatch(m -> {
					int from = Math.min(token, m.sentenceTerm().index());
					int to = Math.max(token, m.sentenceTerm().index());
					return IntStream.range(from, to).noneMatch(i -> words.get(i).equals(".") || words.get(i).equals("!")
							|| words.get(i).equals("?"));
				});
	}

	/**
	 * Whether the sentence gives, right after words it shares with the claim, another name than the
	 * claim gives there ({@link #afterTheSameWords}), while it realises the claim's name only in
	 * another sentence of a passage or not at all.
	 */
	private static boolean speaksOfAnother(AnalyzedText claim, AlignedSentence sentence) {
		return sentence.alignment().matches().stream().map(m -> m.claimTerm())
				.filter(term -> term.kind() == TermKind.NAME && Character.isUpperCase(term.text().charAt(0)))
				.anyMatch(term -> afterTheSameWords(claim, sentence, term));
	}

	/** How many prepositions and articles may stand between a noun and the name after it. */
	private static final int FUNCTION_WORDS = 2;

	/** Whether both texts have the same words after the given tokens, and only prepositions and articles. */
	private static boolean sameWordsBetween(AnalyzedText claim, int from, AnalyzedText said, int at, int count) {
		for (int i = 1; i <= count; i++) {
			String tag = claim.tags().get(from + i);
			if (!tag.startsWith("ADP") && !tag.equals("DET")
					|| !claim.lowerCaseWords().get(from + i).equals(said.lowerCaseWords().get(at + i))) {
				return false;
			}
		}
		return true;
	}

	/** A word made from a place name: Tiroler, Wiener, Schweizer. */
	private static boolean namesPlace(String word) {
		return word.length() > 4 && word.endsWith("er") && Character.isUpperCase(word.charAt(0))
				&& GermanLexicon.german().nameCategory(word.substring(0, word.length() - 2)).isPlace();
	}

	/**
	 * A name the sentence's document never mentions (der Tiroler Landeshauptmann, in Texas where the
	 * source names another state or none), or the place the claim puts its statement in (in
	 * Pjöngjang, where the sentence gives another place or none: the document may name it for
	 * something else): the claim brings in a place or person, which is never a tolerated gap. Names
	 * of compounds aside (Pharmakonzerne: the tagger takes many for names), unless the claim places
	 * its statement there (in Salzburg) or they are written with a hyphen (Al-Kaida).
	 */
	public static boolean bringsIn(ClaimEvidence evidence, AlignedSentence sentence, Term gap) {
		return !Specifics.isYear(gap) && (neverMentioned(evidence, sentence, gap) || locates(evidence.claim(), gap));
	}

	/**
	 * A name the sentence's document never mentions (der Tiroler Landeshauptmann where it names no
	 * Tyrolean), or a compound written with a hyphen whose named first part it never mentions
	 * ({@link #namedPartUnmentioned}).
	 */
	private static boolean neverMentioned(ClaimEvidence evidence, AlignedSentence sentence, Term gap) {
		return (gap.kind() == TermKind.NAME || namesPlace(gap.text())) && (!gap.isCompound() || gap.text().indexOf('-') > 0)
				&& !evidence.mentions(sentence.documentId(), gap) || namedPartUnmentioned(evidence, sentence, gap);
	}

	/** A word the German lexicon knows as a name of a place or person (not only the tagger). */
	private static boolean knownName(Term term) {
		return !Specifics.isYear(term) && GermanLexicon.german().nameCategory(term.text()) != NameCategory.NONE;
	}

	/**
	 * A compound written with a hyphen whose capitalised first part the document never mentions
	 * (auf dem Palatin-Hügel where the document names only the Quirinal-Hügel): its head alone is
	 * in the document, but the part that says which one is brought in by the claim.
	 */
	private static boolean namedPartUnmentioned(ClaimEvidence evidence, AlignedSentence sentence, Term gap) {
		int hyphen = gap.text().indexOf('-');
		return hyphen > 0 && Character.isUpperCase(gap.text().charAt(0))
				&& !evidence.mentions(sentence.documentId(), gap.text().substring(0, hyphen));
	}

	/**
	 * Whether the sentence's word realising the claim's place is the end of another name, after a
	 * name word that realises nothing of the claim and is none of its words (der SV Ried, Real
	 * Madrid): a club or firm named after the place, which does not put anything in it. Only for a
	 * one-word place of the claim ({@link #beginsAName}: in New York is a name of its own).
	 */
	private static boolean inAnotherName(AnalyzedText claim, AlignedSentence sentence, int token) {
		return token > 0 && sentence.analysis().tags().get(token - 1).equals("PROPN")
				&& !sentence.alignment().matchedSentenceTokens().contains(token - 1)
				&& !claim.lowerCaseWords().contains(sentence.analysis().lowerCaseWords().get(token - 1));
	}

	/** Whether another name word follows the claim's name (in New York): a name of more than one word. */
	private static boolean beginsAName(AnalyzedText claim, Term name) {
		int next = name.index() + 1;
		return next < claim.tags().size() && claim.tags().get(next).equals("PROPN");
	}

	/**
	 * Whether the claim's name, or the name of several words it ends, follows a preposition of place
	 * (in Pjöngjang, nach Wien, aus Graz) or of destination (wechselt zu Borussia Dortmund).
	 */
	public static boolean locates(AnalyzedText claim, Term name) {
		String word = wordBeforeName(claim, name);
		return placesBy(word) || DESTINATIONS.contains(word);
	}

	/** Whether the claim's name, or the name of several words it ends, follows zu, zum or zur: the claim's destination. */
	public static boolean givesDestination(AnalyzedText claim, Term name) {
		return DESTINATIONS.contains(wordBeforeName(claim, name));
	}

	/** The word (lower case) before the name of several words that a name ends; empty for no name or none before. */
	private static String wordBeforeName(AnalyzedText claim, Term name) {
		if (name.kind() != TermKind.NAME) {
			return "";
		}
		int before = name.index() - 1;
		while (before > 0 && claim.tags().get(before).equals("PROPN")) {
			before--;
		}
		return before >= 0 ? claim.lowerCaseWords().get(before) : "";
	}

	/** Whether the word gives a destination (zu, zum, zur). */
	public static boolean leadsTo(String word) {
		return DESTINATIONS.contains(word);
	}

	/** Whether the word is a preposition of place (in, im, nach, aus, bei, auf). */
	public static boolean placesBy(String word) {
		return PLACE_PREPOSITIONS.contains(word);
	}

	/**
	 * A noun right before or after one of the claim's numbers says what the number measures
	 * (im Kaliber 105 mm, Artikel 5): a sentence giving the number (which it must) realises it.
	 */
	private static boolean measures(AnalyzedText claim, Term term) {
		List<String> tags = claim.tags();
		return (term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME) && (term.index() + 1 < tags.size() && tags.get(term.index() + 1).equals("NUM")
				|| term.index() > 0 && tags.get(term.index() - 1).equals("NUM"));
	}

	/**
	 * An adjective before a noun of the claim, also before further adjectives (ein weißes Haus, der
	 * ehemalige südkoreanische Präsident): the sentence names the thing without saying it is so, which
	 * is an added detail, never a tolerated gap.
	 */
	private static boolean attributes(AnalyzedText claim, Term gap) {
		if (gap.kind() != TermKind.ADJECTIVE) {
			return false;
		}
		List<String> tags = claim.tags();
		int next = gap.index() + 1;
		while (next < tags.size() && tags.get(next).equals("ADJ")) {
			next++;
		}
		return next < tags.size() && (tags.get(next).equals("NOUN") || tags.get(next).equals("PROPN"));
	}

	/**
	 * A noun in a phrase right after a noun the sentence realises, after a preposition or as a
	 * genitive (Frauen aus der Zivilgesellschaft, die Hälfte der Kabinettsposten): it says which
	 * ones the claim means, an added detail like an adjective before the noun, never a tolerated gap.
	 */
	private static boolean qualifies(AnalyzedText claim, AlignedSentence sentence, Term gap) {
		if (gap.kind() != TermKind.NOUN) {
			return false;
		}
		List<String> tags = claim.tags();
		int before = gap.index() - 1;
		while (before >= 0 && (tags.get(before).equals("ADJ") || tags.get(before).equals("DET"))) {
			before--;
		}
		if (before >= 0 && tags.get(before).startsWith("ADP")) {
			before--;
		} else if (before == gap.index() - 1 || !tags.get(gap.index() - 1).equals("DET")) {
			return false;
		}
		int head = before;
		return head >= 0 && tags.get(head).equals("NOUN") && sentence.alignment().matches().stream()
				.anyMatch(m -> m.claimTerm().index() == head && m.score() >= Alignment.REALISED);
	}

	/** A word of amount, or one giving a degree of quantity, frequency or obligation (immer, but not immer noch). */
	private static boolean quantifies(Term term, List<Scales.Mark> degrees) {
		return AMOUNTS.contains(term.text().toLowerCase(Locale.GERMAN))
				|| degrees.stream().anyMatch(mark -> mark.first() <= term.index() && term.index() <= mark.last());
	}

	/**
	 * A claim that denies something is not stated by a sentence that denies nothing: the sentence
	 * shares the claim's words but says the opposite, or something else (the polarity checker
	 * decides whether it contradicts). Unless the sentence words the claim's verb differently: it
	 * may say the denial with an opposite verb (stimmte nicht zu / lehnte ab). That verb must stand in
	 * the clause of the claim's denial: where the denied clause's own verb is there without denial
	 * (Wenn sie den Standard nicht erfüllen, fallen sie durch / …, wenn sie den Standard erfüllen),
	 * another clause's verb worded differently does not say the denial. A verb of refusal denies
	 * the act of its zu-infinitive ({@link RefusedAct}), and is never the verb worded differently.
	 */
	private static boolean negatesAsTheClaim(ClaimEvidence evidence, AlignedSentence sentence) {
		Set<String> claimWords = words(evidence.claim().tokens());
		NegationCues cues = NegationCues.german();
		List<RefusedAct> refusals = RefusedAct.find(evidence.claim());
		if (claimWords.stream().noneMatch(cues::denies) && refusals.isEmpty()) {
			return true;
		}
		List<String> said = sentence.analysis().lowerCaseWords();
		return IntStream.range(0, said.size()).anyMatch(i -> denies(cues, said, i))
				|| !RefusedAct.find(sentence.analysis()).isEmpty()
				|| sentence.gaps(Stating::isElement).stream().anyMatch(gap -> gap.kind() == TermKind.VERB
						&& refusals.stream().noneMatch(refusal -> refusal.verb() == gap.index())
						&& (claimWords.stream().noneMatch(cues::denies) || deniedInItsClause(evidence.claim(), cues, gap)));
	}

	/** Whether a word of the claim's clause around the verb denies (Bin Laden wusste nicht, …). */
	private static boolean deniedInItsClause(AnalyzedText claim, NegationCues cues, Term verb) {
		List<String> words = claim.lowerCaseWords();
		return IntStream.rangeClosed(ClauseBoundary.start(claim, verb.index()), ClauseBoundary.end(claim, verb.index()))
				.anyMatch(i -> denies(cues, words, i));
	}

	/** A word that denies: nicht, nie, kein…, but not the nicht of nicht nur, which adds rather than denies. */
	private static boolean denies(NegationCues cues, List<String> words, int at) {
		String word = words.get(at);
		return (cues.denies(word) || word.startsWith("kein"))
				&& !(word.equals("nicht") && at + 1 < words.size() && words.get(at + 1).equals("nur"));
	}

	/**
	 * Names weigh most, but a sentence that shares the claim's names and little else (the same people,
	 * another event) does not state the claim: it must also contain a fair share of the other words.
	 */
	public static boolean saysWhatHappened(AlignedSentence sentence) {
		return saysWhatHappened(sentence, term -> term.kind() != TermKind.NAME);
	}

	/** As {@link #saysWhatHappened(AlignedSentence)}, the claim's locative copula where the sentence places as the claim does ({@link LocativeCopula}) not counted as another word. */
	private static boolean saysWhatHappened(AnalyzedText claim, AlignedSentence sentence) {
		return saysWhatHappened(sentence, term -> term.kind() != TermKind.NAME && !LocativeCopula.placedAsTheClaim(claim, sentence.analysis(), sentence.alignment(), term));
	}

	private static boolean saysWhatHappened(AlignedSentence sentence, Predicate<Term> other) {
		Alignment alignment = sentence.alignment();
		boolean hasOtherWords = alignment.matches().stream().anyMatch(m -> other.test(m.claimTerm()));
		return !hasOtherWords || alignment.coverage(other) >= BEYOND_NAMES;
	}

	/** A word of the claim that says something (see {@link Elements}). */
	public static boolean isElement(Term term) {
		return Elements.isElement(term);
	}

	/**
	 * A document the claim does not cite must identify the statement: the claim has at least
	 * {@link #SPECIFIC} elements (a claim of one or two words is said in many unrelated places) and
	 * the sentence realises all of them but at most {@link #UNCITED_GAPS}. A claim that cites
	 * documents says where it comes from: another document must then realise every element (by the
	 * sentence or its context), since one sharing most of its words is usually about something else —
	 * unless it realises a name of the claim that no cited document mentions (a wrong citation).
	 */
	private static boolean identifies(ClaimEvidence evidence, AlignedSentence sentence) {
		if (sentence.candidate().cited()) {
			return true;
		}
		long elements = sentence.alignment().matches().stream().filter(m -> isElement(m.claimTerm())).count();
		return elements >= SPECIFIC && sentence.alignment().unrealised(Stating::isElement).size() <= UNCITED_GAPS
				&& (!evidence.citing() || sentence.gaps(Stating::isElement).isEmpty() || namesWhatTheCitedDoNot(evidence, sentence));
	}

	/**
	 * Whether the sentence realises a name of the claim that no cited document mentions (Vietnam,
	 * where the cited article never names it; not a weekday or month), besides at least {@link #SPECIFIC} of its other
	 * elements and every verb: the citation is wrong, and the whole corpus decides as for a claim that
	 * cites nothing.
	 */
	private static boolean namesWhatTheCitedDoNot(ClaimEvidence evidence, AlignedSentence sentence) {
		long beyondNames = sentence.alignment().matches().stream().filter(m -> m.claimTerm().kind() != TermKind.NAME
				&& isElement(m.claimTerm()) && m.score() >= Alignment.REALISED).count();
		return beyondNames >= SPECIFIC && sentence.gaps(Stating::isElement).stream().noneMatch(gap -> gap.kind() == TermKind.VERB)
				&& sentence.alignment().matches().stream().anyMatch(m -> m.claimTerm().kind() == TermKind.NAME
						&& !Specifics.pinsDown(m.claimTerm()) && m.score() >= Alignment.REALISED && !m.byReference()
						&& evidence.citedNeverMention(m.claimTerm()));
	}

	/**
	 * A claim saying how many, how often or how binding (jeder, meistens, muss; see {@link Scales})
	 * says more than a sentence that does not: the sentence must give that degree or a stronger one,
	 * and no degree that clashes with one the claim gives. A kein before a noun is given by a denial
	 * of the clause realising that noun ({@link NegatingArticle}).
	 */
	private static boolean gradesAsTheClaim(ClaimEvidence evidence, AlignedSentence sentence) {
		List<Scales.Mark> claimed = evidence.claimDegrees();
		if (claimed.isEmpty()) {
			return true;
		}
		List<Scales.Mark> said = Scales.german().marks(sentence.analysis().tokens());
		return claimed.stream().filter(mark -> Scales.restricts(mark.degree()))
				.allMatch(mark -> said.stream().anyMatch(s -> Scales.implies(s.degree(), mark.degree()))
						|| NegatingArticle.deniedAlike(evidence.claim(), mark, sentence.analysis(), sentence.alignment()))
				&& claimed.stream().noneMatch(mark -> clashes(mark, said));
	}

	/**
	 * Whether the sentence gives a degree that cannot hold with the claim's, and not the claim's own
	 * (viele Bewohner / kaum jemand, dürfen / verboten): it says something else.
	 */
	private static boolean clashes(Scales.Mark claimed, List<Scales.Mark> said) {
		return said.stream().noneMatch(s -> s.degree() == claimed.degree())
				&& said.stream().anyMatch(s -> Scales.clash(claimed.degree(), s.degree()));
	}

	private static boolean restrictsAsTheClaim(ClaimEvidence evidence, AlignedSentence sentence) {
		Set<String> said = words(sentence.analysis().tokens());
		return words(evidence.claim().tokens()).stream().filter(RESTRICTING::contains).allMatch(word -> said.contains(word)
				|| word.startsWith("all") && said.stream().anyMatch(w -> w.startsWith("all") || w.startsWith("sämtlich"))
				|| (word.equals("nur") || word.equals("lediglich") || word.equals("ausschließlich"))
						&& (said.contains("nur") || said.contains("lediglich") || said.contains("ausschließlich")
								|| saysNothingMoreThan(sentence.analysis().lowerCaseWords())));
	}

	/** Phrases that say only, as nur does (nicht mehr als eine Momentaufnahme, nichts als Ärger). */
	private static final List<List<String>> ONLY = List.of(List.of("nicht", "mehr", "als"), List.of("nichts", "anderes", "als"),
			List.of("nichts", "als"));

	private static boolean saysNothingMoreThan(List<String> words) {
		return ONLY.stream().anyMatch(phrase -> Collections.indexOfSubList(words, phrase) >= 0);
	}

	private static Set<String> words(List<Token> tokens) {
		return tokens.stream().map(t -> t.text().toLowerCase(Locale.GERMAN)).collect(Collectors.toSet());
	}
}
