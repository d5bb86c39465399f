package org.factcheck.checkers.names.substitution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.entities.SentenceEntities;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.EarlierTime;
import org.factcheck.evidence.aspects.SameStatement;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;

/**
 * Reports the candidate sentences that make the claim's statement with another entity of the same
 * kind in the place of one of the claim's (another city, country, person, party, ministry). A
 * document that also states the claim with the claim's own entities in another sentence is not
 * counted as contradicting it; nor, when some document states the claim with its own entities, is
 * a document the claim does not cite (news tell of many similar events). In a cited document the
 * rest of the statement may spread over the sentences around the one with the other entity, if the
 * document never mentions the claim's. A sentence of the present does not answer a claim about an
 * earlier time ({@link EarlierTime}: war zuvor Botschafterin in Paris).
 */
public final class SubstitutionCheck {

	/** How many sentences either side make the passage around a sentence in a cited document. */
	private static final int PASSAGE_REACH = 2;
	/** The most confident a conflict spread over a passage gets. */
	private static final double PASSAGE_CONFIDENCE = 0.85;

	private final String checkerId;
	private final EntityFinder entities = new EntityFinder();
	private final SubstitutionFinder substitutions = new SubstitutionFinder();

	public SubstitutionCheck(String checkerId) {
		this.checkerId = checkerId;
	}

	public List<Finding> check(Claim claim, CheckContext context, ClaimEvidence evidence, List<EntityMention> claimEntities) {
		if (claimEntities.stream().allMatch(e -> e.kind() == EntityKind.NAME)) {
			return List.of();
		}
		Map<String, List<EntityMention>> personsPerDocument = personsPerDocument(context, evidence);
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		Map<String, Double> statedPerDocument = new LinkedHashMap<>();
		Map<String, List<EntityMention>> claimPerDocument = new HashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			if (context.isCancelled()) {
				break;
			}
			if (sentence.coverage() < SameStatement.THRESHOLD * SameStatement.THRESHOLD
					|| EarlierTime.onlyInTheClaim(evidence.claim(), sentence.analysis())) {
				continue;
			}
			List<EntityMention> documentPersons = personsPerDocument.getOrDefault(sentence.documentId(), List.of());
			List<EntityMention> claimHere = documentPersons.isEmpty() ? claimEntities
					: claimPerDocument.computeIfAbsent(sentence.documentId(),
							id -> entities.find(evidence.claim(), concat(claimEntities, documentPersons)));
			List<EntityMention> sentenceEntities = entities.find(sentence.analysis(), concat(claimHere, documentPersons));
			List<Substitution> found = substitutions.find(evidence.claim(), claimHere, sentence.analysis(), sentenceEntities);
			if (found.isEmpty()) {
				if (mentionsAll(claimHere, sentence, sentenceEntities)) {
					statedPerDocument.merge(sentence.documentId(), sentence.coverage(), Math::max);
				}
				continue;
			}
			Substitution substitution = found.get(0);
			Predicate<Term> replaced = term -> found.stream().anyMatch(s -> overlaps(term, s.claimEntity()));
			double rest = SameStatement.restCoverage(sentence, replaced);
			double confidence = SameStatement.conflictConfidence(rest);
			if (rest < SameStatement.THRESHOLD) {
				if (!claim.cites(sentence.documentId())) {
					continue;
				}
				rest = passageRest(context, evidence, sentence, found, claimHere);
				if (rest < SameStatement.THRESHOLD) {
					continue;
				}
				confidence = Math.min(PASSAGE_CONFIDENCE, SameStatement.conflictConfidence(rest));
			}
			Finding finding = conflict(evidence, sentence, substitution, confidence);
			perDocument.merge(sentence.documentId(), finding, (a, b) -> a.confidence() >= b.confidence() ? a : b);
		}
		boolean statedSomewhere = statedPerDocument.values().stream().anyMatch(c -> c >= SameStatement.THRESHOLD);
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : perDocument.values()) {
			Double stated = statedPerDocument.get(finding.documentId());
			boolean statedHere = stated != null && stated >= SameStatement.THRESHOLD;
			if (!statedHere && (claim.cites(finding.documentId()) || !statedSomewhere)) {
				findings.add(finding);
			}
		}
		return findings;
	}

	/**
	 * For a cited document whose sentence has the substitution but not enough of the rest of the
	 * statement: the coverage of the claim's other words by the passage around it (two sentences
	 * either side, where news spread one statement over several sentences), provided the document
	 * mentions none of the replaced entities anywhere; 0 otherwise.
	 */
	private double passageRest(CheckContext context, ClaimEvidence evidence, AlignedSentence sentence,
			List<Substitution> found, List<EntityMention> claimEntities) {
		Optional<Content> content = context.corpus().content(sentence.documentId());
		if (content.isEmpty()) {
			return 0;
		}
		DocumentSentences document = DocumentSentences.of(content.get());
		List<Sentence> passage = new ArrayList<>();
		for (Sentence other : document.evidence()) {
			AnalyzedText analysis = document.analysis(other);
			List<EntityMention> otherEntities = entities.find(analysis, claimEntities);
			if (found.stream().anyMatch(s -> SubstitutionFinder.mentions(analysis, otherEntities, s.claimEntity()))) {
				return 0;
			}
			if (Math.abs(other.getIndex() - sentence.candidate().sentenceIndex()) <= PASSAGE_REACH) {
				passage.add(other);
			}
		}
		AnalyzedText passageAnalysis = document.analysis(passage);
		Predicate<Term> replaced = term -> found.stream().anyMatch(s -> overlaps(term, s.claimEntity()));
		return Aligner.align(evidence.claim(), passageAnalysis).coverage(replaced.negate());
	}

	private static List<EntityMention> concat(List<EntityMention> a, List<EntityMention> b) {
		List<EntityMention> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static boolean mentionsAll(List<EntityMention> claimEntities, AlignedSentence sentence,
			List<EntityMention> sentenceEntities) {
		return claimEntities.stream().filter(e -> e.kind() != EntityKind.NAME)
				.allMatch(e -> SubstitutionFinder.mentions(sentence.analysis(), sentenceEntities, e));
	}

	private Finding conflict(ClaimEvidence evidence, AlignedSentence sentence, Substitution substitution, double confidence) {
		EntityMention wanted = substitution.claimEntity();
		EntityMention stated = substitution.sentenceEntity();
		List<Evidence> passages = new ArrayList<>();
		passages.add(sentence.evidence());
		passages.add(sentence.evidence(stated.start(), stated.end()));
		String message = sentence.documentId() + " names another " + wanted.kind().label() + ", \u201E" + stated.text()
				+ "\u201C, where the claim says \u201E" + wanted.text() + "\u201C: " + sentence.quoted();
		return Finding.assessment(checkerId, Verdict.CONFLICTING, confidence, message, passages);
	}

	/**
	 * The persons each document names in full in the claim's candidate sentences (all sentences of
	 * a cited document), so that a short form elsewhere in the document (Thiele after Carl-Ludwig
	 * Thiele) is known to be a person.
	 */
	private Map<String, List<EntityMention>> personsPerDocument(CheckContext context, ClaimEvidence evidence) {
		Map<String, List<EntityMention>> persons = new LinkedHashMap<>();
		for (AlignedSentence sentence : evidence.sentences()) {
			List<EntityMention> found = persons.computeIfAbsent(sentence.documentId(), id -> new ArrayList<>());
			for (EntityMention entity : SentenceEntities.of(context.corpus(), sentence.documentId(),
					sentence.candidate().sentenceIndex(), sentence.analysis(), entities)) {
				if (entity.kind() == EntityKind.PERSON) {
					found.add(entity);
				}
			}
		}
		return persons;
	}

	private static boolean overlaps(Term term, EntityMention entity) {
		return term.start() < entity.end() && entity.start() < term.end();
	}
}
