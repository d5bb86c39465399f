package org.factcheck.checkers.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checkers.names.actors.ActorCheck;
import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.roles.RoleCheck;
import org.factcheck.checkers.names.substitution.SubstitutionCheck;
import org.factcheck.evidence.ClaimEvidence;

/**
 * Compares the claim's people, places, organisations and roles with the corpus: a sentence that
 * makes the same statement with another entity of the same kind in the same place conflicts
 * (Kasan, not Sankt Petersburg; Nordkoreas, not Südkoreas); a role held by someone else, or another
 * office of the same person, conflicts; the same person in the same role supports a claim that
 * states the role; a source that credits the claim's act to another doer conflicts. An entity the
 * corpus simply does not mention is not evidence against a claim.
 */
public final class NameChecker implements Checker {

	public static final String ID = "org.factcheck.checkers.names";

	private final EntityFinder entities = new EntityFinder();
	private final SubstitutionCheck substitutions = new SubstitutionCheck(ID);
	private final RoleCheck roles = new RoleCheck(ID);
	private final ActorCheck actors = new ActorCheck(ID);

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		ClaimEvidence evidence = ClaimEvidence.of(claim, context);
		List<EntityMention> claimEntities = entities.find(evidence.claim());
		claimEntities = entities.find(evidence.claim(), claimEntities);
		if (claimEntities.isEmpty()) {
			return actors.check(claim, evidence);
		}
		Map<String, Finding> perDocument = new LinkedHashMap<>();
		List<Finding> all = new ArrayList<>(substitutions.check(claim, context, evidence, claimEntities));
		all.addAll(roles.check(claim, context, evidence, claimEntities));
		all.addAll(actors.check(claim, evidence));
		for (Finding finding : all) {
			perDocument.merge(finding.documentId() + "/" + finding.verdict(), finding,
					(a, b) -> a.confidence() >= b.confidence() ? a : b);
		}
		return new ArrayList<>(perDocument.values());
	}
}
