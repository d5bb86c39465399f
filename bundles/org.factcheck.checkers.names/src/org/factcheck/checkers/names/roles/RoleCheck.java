package org.factcheck.checkers.names.roles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.entities.PersonNames;
import org.factcheck.checkers.names.entities.SentenceEntities;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.aspects.Stating;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.dates.DatePeriod;
import org.factcheck.text.lexicon.GermanLexicon;

/**
 * Checks the roles a claim ascribes to persons against the roles the corpus ascribes to them,
 * looking at the claim's candidate sentences and searching the corpus for the person and the role:
 * <ul>
 * <li>the same person in the same role supports a claim that only states the role
 * ({@code X ist Verteidigungsminister Südkoreas});</li>
 * <li>the same post (same role, portfolio and country or organisation) held by another person
 * conflicts;</li>
 * <li>another office for the same person (Sekretär des Sicherheitsrats, not Verteidigungsminister;
 * Sprecherin des Außenministeriums, not des Verteidigungsministeriums) conflicts.</li>
 * </ul>
 * Roles change over time: with an {@code asof} date, a mention dated far from it does not count; a
 * mention of unknown time (no date in the sentence or on the document) only confirms where a
 * sentence stating the claim dates it to a period including the date; and a mention confirming the
 * claim's role outweighs contradicting ones — unless it leaves the country or organisation open
 * while another mention names another holder of that very post, or names the person in that role
 * for another country or organisation.
 * A conflict in a claim that says more than the role needs a passage (the sentence and its
 * neighbours) that makes the rest of the claim's statement.
 */
public final class RoleCheck {

	/** How far from the claim's {@code asof} date a dated role mention still counts. */
	private static final long DATE_WINDOW_DAYS = 120;
	private static final int SEARCH_HITS = 20;
	private static final double SUPPORT = 0.9;
	private static final double ROLE_STATEMENT_CONFLICT = 0.85;
	/** Weight of claim words besides the role, the person and role verbs that still makes a pure role statement. */
	private static final double ROLE_STATEMENT_REST = 1.0;

	private final String checkerId;
	private final EntityFinder entities = new EntityFinder();
	private final RoleFinder roles = new RoleFinder();
	private final Set<String> roleCues = Set.copyOf(DataFile.lines(RoleCheck.class, "data/role-cues.txt").stream()
			.map(word -> word.toLowerCase(Locale.GERMAN)).toList());

	public RoleCheck(String checkerId) {
		this.checkerId = checkerId;
	}

	private enum Relation {
		SUPPORTS, OTHER_HOLDER, OTHER_OFFICE, OTHER_SCOPE
	}

	private record Judged(RoleMention mention, Relation relation, CorpusSentence sentence, AnalyzedText analysis) {
	}

	public List<Finding> check(Claim claim, CheckContext context, ClaimEvidence evidence, List<EntityMention> claimEntities) {
		List<Finding> findings = new ArrayList<>();
		for (RoleMention claimed : roles.find(evidence.claim(), claimEntities)) {
			if (claimed.status() != RoleMention.Status.CURRENT || context.isCancelled()) {
				continue;
			}
			findings.addAll(check(claim, context, evidence, claimed));
		}
		return findings;
	}

	private List<Finding> check(Claim claim, CheckContext context, ClaimEvidence evidence, RoleMention claimed) {
		List<Judged> judged = new ArrayList<>();
		boolean datedStatement = statedAtTheDate(claim, evidence);
		for (CorpusSentence sentence : sentences(claim, context, evidence, claimed)) {
			AnalyzedText analysis = analysis(context, sentence);
			if (analysis == null) {
				continue;
			}
			List<EntityMention> named = SentenceEntities.of(context.corpus(), sentence.documentId(), sentence.index(), analysis,
					entities);
			for (RoleMention stated : roles.find(analysis, named)) {
				Relation relation = relation(claimed, stated);
				if (relation == Relation.SUPPORTS && levelUnstated(evidence.claim(), claimed, analysis, stated)) {
					relation = null;
				}
				When when = relation == null ? When.FAR : when(claim, context, sentence, analysis);
				if (relation != null && stated.status() == RoleMention.Status.CURRENT
						&& (when == When.NEAR || when == When.UNKNOWN && (relation == Relation.SUPPORTS || !datedStatement))) {
					judged.add(new Judged(stated, relation, sentence, analysis));
				}
			}
		}
		boolean roleStatement = isRoleStatement(evidence.claim(), claimed);
		List<Judged> supports = judged.stream().filter(j -> j.relation() == Relation.SUPPORTS).toList();
		boolean explicitSupport = supports.stream().anyMatch(j -> sameStatedScope(claimed, j.mention()));
		boolean explicitOtherHolder = judged.stream().anyMatch(j -> j.relation() == Relation.OTHER_HOLDER);
		boolean otherScope = judged.stream().anyMatch(j -> j.relation() == Relation.OTHER_SCOPE);
		if (!supports.isEmpty() && (explicitSupport || !explicitOtherHolder && !otherScope)) {
			return roleStatement ? perDocument(supports.stream().map(j -> support(claimed, j)).toList()) : List.of();
		}
		List<Finding> conflicts = new ArrayList<>();
		for (Judged conflict : judged) {
			if (conflict.relation() == Relation.SUPPORTS || conflict.relation() == Relation.OTHER_SCOPE
					|| !supports.isEmpty() && conflict.relation() != Relation.OTHER_HOLDER) {
				continue;
			}
			double confidence = roleStatement ? ROLE_STATEMENT_CONFLICT
					: passageConfidence(context, evidence.claim(), claimed, conflict.sentence());
			if (confidence >= 0.5) {
				conflicts.add(conflict(claimed, conflict, confidence));
			}
		}
		return perDocument(conflicts);
	}

	/**
	 * Whether a supporting mention states the claim's country or organisation itself, rather than
	 * leaving it open (Verteidigungsminister Südkoreas X, not just Verteidigungsminister X).
	 */
	private static boolean sameStatedScope(RoleMention claimed, RoleMention stated) {
		return claimed.title().scope() == null || claimed.title().scope().equals(stated.title().scope());
	}

	/** Posts of a federal state, named with or without Bundes- (Bundeskanzlerin / Kanzlerin Merkel). */
	private static final Set<String> STATE_OFFICES = Set.of("kanzler", "präsident", "minister");

	/**
	 * Whether the claim's role word gives the federal level of a post (FPÖ-Bundeschef) that the text
	 * does not: it gives the post for a region (FPÖ-Chef in Oberösterreich), or without a level where
	 * the post is not one a federal state has only at that level (FPÖ-Chef, not Kanzlerin).
	 */
	private static boolean levelUnstated(AnalyzedText claim, RoleMention claimed, AnalyzedText sentence, RoleMention stated) {
		String claimWord = claim.lowerCaseWords().get(claimed.roleToken());
		String statedWord = sentence.lowerCaseWords().get(stated.roleToken());
		if (!claimWord.contains("bundes") || statedWord.contains("bundes")) {
			return false;
		}
		int after = stated.roleToken() + 1;
		boolean forARegion = after + 1 < sentence.tokens().size() && sentence.lowerCaseWords().get(after).equals("in")
				&& GermanLexicon.german().nameCategory(sentence.tokens().get(after + 1).text()).isPlace();
		return forARegion || !STATE_OFFICES.contains(claimed.title().noun().key());
	}

	private static Relation relation(RoleMention claimed, RoleMention stated) {
		List<String> claimedName = claimed.person().nameKeys();
		List<String> statedName = stated.person().nameKeys();
		if (PersonNames.samePerson(claimedName, statedName)) {
			if (claimed.title().compatibleWith(stated.title())) {
				return Relation.SUPPORTS;
			}
			if (claimed.title().excludes(stated.title())) {
				return Relation.OTHER_OFFICE;
			}
			return otherScope(claimed.title(), stated.title()) ? Relation.OTHER_SCOPE : null;
		}
		if (PersonNames.differentPeople(claimedName, statedName) && claimed.title().samePost(stated.title())) {
			return Relation.OTHER_HOLDER;
		}
		return null;
	}

	/**
	 * The same role for another country or organisation, both stated (KPÖ-Stadträtin for Stadträtin
	 * der Grünen): where the text names the person so, a mention leaving the claim's scope open does
	 * not support it. Not a conflict by itself: some roles are held for several bodies at once.
	 */
	private static boolean otherScope(RoleTitle claimed, RoleTitle stated) {
		return claimed.noun().key().equals(stated.noun().key()) && claimed.scope() != null && stated.scope() != null
				&& !claimed.compatibleWith(stated);
	}

	/** The claim's candidate sentences and the corpus sentences found for the person and for the post. */
	private static List<CorpusSentence> sentences(Claim claim, CheckContext context, ClaimEvidence evidence,
			RoleMention claimed) {
		Map<String, CorpusSentence> sentences = new LinkedHashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			CorpusSentence corpusSentence = CorpusSentence.of(sentence);
			sentences.put(corpusSentence.key(), corpusSentence);
		}
		String claimText = evidence.claim().text();
		String role = claimText.substring(claimed.roleStart(), claimed.roleEnd());
		for (String query : List.of(claimed.person().text() + " " + role, role)) {
			for (SentenceHit hit : context.corpus().search(SentenceQuery.everywhere(query, SEARCH_HITS))) {
				CorpusSentence corpusSentence = CorpusSentence.of(hit);
				sentences.putIfAbsent(corpusSentence.key(), corpusSentence);
			}
		}
		return List.copyOf(sentences.values());
	}

	private static AnalyzedText analysis(CheckContext context, CorpusSentence sentence) {
		Optional<Content> content = context.corpus().content(sentence.documentId());
		if (content.isEmpty()) {
			return null;
		}
		DocumentSentences sentences = DocumentSentences.of(content.get());
		return sentences.position(sentence.index()) >= 0 ? sentences.analysis(sentences.sentence(sentence.index())) : null;
	}

	/**
	 * Whether a sentence stating the claim gives dates around the claim's {@code asof} date (Jeremic
	 * war zwischen 2007 und Mitte 2012 Außenminister, as of 2010): then a role held by
	 * another, or another office, at an unknown time does not contradict it.
	 */
	private static boolean statedAtTheDate(Claim claim, ClaimEvidence evidence) {
		if (claim.asOf().isEmpty()) {
			return false;
		}
		LocalDate asOf = claim.asOf().get();
		return evidence.sentences().stream().filter(s -> Stating.states(evidence, s)).anyMatch(s -> spans(s.analysis(), asOf));
	}

	/** Whether the dates a sentence gives (a range, or a first and a last date) span the day. */
	private static boolean spans(AnalyzedText sentence, LocalDate day) {
		List<DatePeriod> periods = sentence.dates().stream().map(date -> date.period(null)).flatMap(Optional::stream).toList();
		boolean range = sentence.dates().stream().anyMatch(date -> date.isRange()) || periods.size() >= 2;
		return range && periods.stream().anyMatch(p -> !p.first().isAfter(day))
				&& periods.stream().anyMatch(p -> !p.last().isBefore(day));
	}

	/** When a role stated in a sentence held, against the claim's {@code asof} date. */
	private enum When {
		/** Near the date (or the claim gives none: it speaks of now, as the corpus does). */
		NEAR,
		/** Far from it. */
		FAR,
		/** Neither the sentence nor its document is dated. */
		UNKNOWN
	}

	/**
	 * Whether a role stated in this sentence held at the claim's {@code asof} date, as far as the
	 * corpus tells (unknown when neither the sentence nor its document is dated).
	 */
	private static When when(Claim claim, CheckContext context, CorpusSentence sentence, AnalyzedText analysis) {
		if (claim.asOf().isEmpty()) {
			return When.NEAR;
		}
		LocalDate asOf = claim.asOf().get();
		Optional<DatePeriod> period = analysis.dates().stream().filter(date -> date.year() > 0)
				.map(date -> date.period(null)).flatMap(Optional::stream).findFirst();
		if (period.isEmpty()) {
			period = context.corpus().document(sentence.documentId()).map(Document::getPublished)
					.map(published -> new DatePeriod(published, published));
		}
		if (period.isEmpty()) {
			return When.UNKNOWN;
		}
		return !asOf.isBefore(period.get().first().minus(DATE_WINDOW_DAYS, ChronoUnit.DAYS))
				&& !asOf.isAfter(period.get().last().plus(DATE_WINDOW_DAYS, ChronoUnit.DAYS)) ? When.NEAR : When.FAR;
	}

	/**
	 * Whether the claim says no more than that the person holds the role: its other words are role
	 * verbs (ist, bekleidet, leitet als) or name the role's country or organisation. Only the role
	 * phrase and the name count as the role: the words between them do not, so a claim that names
	 * the role only in passing (X kündigte seinen Rücktritt als Teamchef an) says more than the role.
	 */
	private boolean isRoleStatement(AnalyzedText claim, RoleMention claimed) {
		double rest = 0;
		for (Term term : claim.terms()) {
			boolean inRole = term.start() < claimed.roleEnd() && claimed.roleStart() < term.end();
			boolean inPerson = term.start() < claimed.person().end() && claimed.person().start() < term.end()
					|| attributeOfPerson(claim, claimed, term);
			boolean cue = roleCues.contains(term.text().toLowerCase(Locale.GERMAN));
			boolean scope = claimed.title().scope() != null && entities.find(claim).stream()
					.anyMatch(e -> e.canonical().equals(claimed.title().scope()) && term.start() < e.end() && e.start() < term.end());
			if (!inRole && !inPerson && !cue && !scope) {
				rest += term.weight();
			}
		}
		return rest <= ROLE_STATEMENT_REST;
	}

	/** A word in brackets right after the person's name: Rudolf Hundstorfer (SPÖ). */
	private static boolean attributeOfPerson(AnalyzedText claim, RoleMention claimed, Term term) {
		int last = -1;
		for (int i = 0; i < claim.tokens().size(); i++) {
			if (claim.tokens().get(i).end() == claimed.person().end()) {
				last = i;
			}
		}
		if (last < 0 || last + 3 >= claim.tokens().size() || !claim.tokens().get(last + 1).text().equals("(")) {
			return false;
		}
		return term.index() == last + 2 && claim.tokens().get(last + 3).text().equals(")");
	}

	/**
	 * Confidence of a role conflict in a claim that says more than the role: the passage around the
	 * sentence (it and its neighbours, which often carry the rest of the statement) must cover the
	 * claim's words apart from the role; 0 when it does not.
	 */
	private static double passageConfidence(CheckContext context, AnalyzedText claim, RoleMention claimed,
			CorpusSentence sentence) {
		Optional<Content> content = context.corpus().content(sentence.documentId());
		if (content.isEmpty()) {
			return 0;
		}
		DocumentSentences document = DocumentSentences.of(content.get());
		List<Sentence> passage = document.evidence().stream()
				.filter(other -> Math.abs(other.getIndex() - sentence.index()) <= 1).toList();
		if (passage.isEmpty()) {
			return 0;
		}
		AnalyzedText analysis = document.analysis(passage);
		Predicate<Term> role = term -> term.start() < claimed.roleEnd() && claimed.roleStart() < term.end();
		double rest = Aligner.align(claim, analysis).coverage(role.negate());
		return rest >= SameStatement.THRESHOLD ? SameStatement.conflictConfidence(rest) : 0;
	}

	private Finding support(RoleMention claimed, Judged judged) {
		CorpusSentence sentence = judged.sentence();
		RoleMention stated = judged.mention();
		String text = sentence.text();
		return Finding.assessment(checkerId, Verdict.SUPPORTED, SUPPORT,
				sentence.documentId() + " names " + quoted(text, stated.person().start(), stated.person().end()) + " as "
						+ quoted(text, stated.roleStart(), stated.roleEnd()) + ": " + sentence.quoted(),
				List.of(sentence.evidence(), sentence.evidence(stated.start(), stated.end())));
	}

	private Finding conflict(RoleMention claimed, Judged judged, double confidence) {
		CorpusSentence sentence = judged.sentence();
		RoleMention stated = judged.mention();
		String text = sentence.text();
		String statedRole = quoted(text, stated.roleStart(), stated.roleEnd());
		String statedPerson = quoted(text, stated.person().start(), stated.person().end());
		String claimedPerson = "\u201E" + claimed.person().text() + "\u201C";
		String message = judged.relation() == Relation.OTHER_HOLDER
				? sentence.documentId() + " names " + statedPerson + " as " + statedRole + ", not " + claimedPerson + ": "
						+ sentence.quoted()
				: sentence.documentId() + " calls " + statedPerson + " " + statedRole + ", not what the claim says: "
						+ sentence.quoted();
		List<Evidence> passages = new ArrayList<>();
		passages.add(sentence.evidence());
		passages.add(sentence.evidence(stated.start(), stated.end()));
		return Finding.assessment(checkerId, Verdict.CONFLICTING, confidence, message, passages);
	}

	private static List<Finding> perDocument(List<Finding> findings) {
		return List.copyOf(findings.stream()
				.collect(Collectors.toMap(Finding::documentId, f -> f, (a, b) -> a.confidence() >= b.confidence() ? a : b,
						LinkedHashMap::new))
				.values());
	}

	private static String quoted(String text, int start, int end) {
		return "\u201E" + text.substring(start, end) + "\u201C";
	}
}
