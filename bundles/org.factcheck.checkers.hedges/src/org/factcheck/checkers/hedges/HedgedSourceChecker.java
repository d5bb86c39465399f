package org.factcheck.checkers.hedges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.TermKind;

/**
 * Notes a claim that states as fact what its source only reports, attributes or assumes: the
 * sentences that state the claim (in the cited documents, else anywhere in the corpus) hedge the
 * statement — {@code sollen … entsandt worden sein}, {@code vermutlich}, {@code Berichten zufolge},
 * {@code laut …}, {@code es wird angenommen} — while the claim does not. Each document is judged by
 * the sentence that states the claim best; a document that states it about as well elsewhere
 * without a hedge is not noted, nor is a hedge that governs another clause than the one stating
 * the claim. The note names the hedges; it does not change the verdict.
 */
public final class HedgedSourceChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.hedges";

	/** A sentence that states the claim without a hedge outweighs a hedged one unless it covers this much less. */
	static final double AS_WELL = 0.1;

	/** Share of the claim's words found in the sentence that a hedge must govern to qualify the statement. */
	static final double GOVERNED = 0.6;

	/** Finite verbs in the subjunctive, with which a claim reports speech or states a hypothesis. */
	private static final Set<String> SUBJUNCTIVES = Set.of("sei", "seien", "seiest", "habe", "hätte", "hätten", "wäre",
			"wären", "würde", "würden", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "stünde", "stünden",
			"gebe", "ginge", "käme", "kämen");

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		if (isHedgedOrAttributed(evidence)) {
			return List.of();
		}
		List<AlignedSentence> stating = evidence.sentences().stream().filter(s -> Stating.states(evidence, s)).toList();
		if (stating.stream().anyMatch(s -> s.candidate().cited())) {
			stating = stating.stream().filter(s -> s.candidate().cited()).toList();
		}
		Map<String, List<AlignedSentence>> byDocument = new LinkedHashMap<>();
		stating.forEach(s -> byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<String, List<AlignedSentence>> document : byDocument.entrySet()) {
			if (context.isCancelled()) {
				return List.of();
			}
			List<AlignedSentence> sentences = document.getValue();
			List<Hedge> hedges = governing(sentences.get(0));
			double best = sentences.get(0).coverage();
			boolean statedPlainly = sentences.stream()
					.anyMatch(s -> s.coverage() >= best - AS_WELL && governing(s).isEmpty());
			if (!hedges.isEmpty() && !statedPlainly) {
				findings.add(note(sentences.get(0), hedges));
			}
		}
		return findings;
	}

	/**
	 * The claim says itself that it reports or supposes (laut X, sollen … haben, X sagte, vermutlich,
	 * or reported speech and hypotheses in the subjunctive: sei, habe, wäre): nothing to note.
	 */
	private static boolean isHedgedOrAttributed(ClaimEvidence evidence) {
		return !HedgeFinder.find(evidence.claim()).isEmpty()
				|| evidence.claim().terms().stream().anyMatch(ReportingVerbs::isReporting)
				|| evidence.claim().tokens().stream().anyMatch(t -> SUBJUNCTIVES.contains(t.text().toLowerCase(Locale.GERMAN)));
	}

	/**
	 * The hedges of the sentence that govern its statement of the claim: most of the claim's words
	 * found in the sentence lie in the hedge's reach, and so does the verb that states the claim's
	 * predicate. When the sentence says the claim's predicate only in a noun or an attribute (von den
	 * 1.100 zur Kündigung gemeldeten Mitarbeitern), it presupposes the statement rather than make it,
	 * and a hedge of the clause is about something else.
	 */
	private static List<Hedge> governing(AlignedSentence sentence) {
		List<TermMatch> found = sentence.alignment().matches().stream()
				.filter(m -> m.matched() && m.sentenceTerm() != null).toList();
		double total = found.stream().mapToDouble(m -> m.claimTerm().weight() * m.score()).sum();
		if (total == 0) {
			return List.of();
		}
		boolean claimHasPredicate = sentence.alignment().matches().stream().anyMatch(m -> isPredicate(m.claimTerm()));
		List<TermMatch> predicates = found.stream()
				.filter(m -> isPredicate(m.claimTerm()) && isVerb(sentence, m.sentenceTerm().index())).toList();
		if (claimHasPredicate && predicates.isEmpty()) {
			return List.of();
		}
		List<Hedge> governing = new ArrayList<>();
		for (Hedge hedge : HedgeFinder.find(sentence.analysis())) {
			double inside = found.stream().filter(m -> hedge.governs(m.sentenceTerm().index()))
					.mapToDouble(m -> m.claimTerm().weight() * m.score()).sum();
			boolean predicateInside = predicates.stream().allMatch(m -> hedge.governs(m.sentenceTerm().index()));
			boolean applies = hedge.narrow() ? reachesContent(hedge, found) : inside / total >= GOVERNED && predicateInside;
			if (applies) {
				governing.add(hedge);
			}
		}
		return governing;
	}

	/** A phrase hedge qualifies the claim when it reaches one of the claim's names, nouns or numbers. */
	private static boolean reachesContent(Hedge hedge, List<TermMatch> found) {
		return found.stream().anyMatch(m -> hedge.governs(m.sentenceTerm().index())
				&& m.claimTerm().weight() >= TermKind.NOUN.weight());
	}

	private static boolean isPredicate(org.factcheck.evidence.terms.Term term) {
		return term.kind() == TermKind.VERB && !ReportingVerbs.isReporting(term);
	}

	/**
	 * A verb, or a participle at the end of its clause (wären … nicht mehr vertreten.), as opposed to
	 * one used as an attribute before a noun (die gemeldeten Mitarbeiter).
	 */
	private static boolean isVerb(AlignedSentence sentence, int token) {
		List<String> tags = sentence.analysis().tags();
		String tag = tags.get(token);
		return tag.equals("VERB") || tag.equals("AUX")
				|| tag.equals("ADJ") && (token + 1 == tags.size() || tags.get(token + 1).equals("PUNCT"));
	}

	private static Finding note(AlignedSentence sentence, List<Hedge> hedges) {
		String named = hedges.stream().map(h -> "\u201E" + h.text() + "\u201C (" + h.kind().description() + ")")
				.collect(Collectors.joining(", "));
		List<Evidence> passages = new ArrayList<>();
		passages.add(sentence.evidence());
		hedges.forEach(h -> passages.add(sentence.evidence(h.start(), h.end())));
		double confidence = hedges.stream().mapToDouble(HedgedSourceChecker::strength).max().orElse(0.5);
		return Finding.note(ID, Verdict.SUPPORTED, confidence, "The claim states as fact what " + sentence.documentId()
				+ " only reports or assumes: " + named + " in " + sentence.quoted(), passages);
	}

	/** How clearly the hedge keeps the source from vouching for the statement. */
	private static double strength(Hedge hedge) {
		return switch (hedge.kind()) {
		case REPORTED, ASSUMED -> 0.9;
		case ALLEGED, UNCERTAIN, CONSIDERED -> 0.8;
		case ATTRIBUTED -> 0.7;
		};
	}
}
