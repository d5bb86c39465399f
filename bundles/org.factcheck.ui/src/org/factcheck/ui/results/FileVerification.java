package org.factcheck.ui.results;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.VerifiedClaim;

/**
 * The outcome of verifying one claim file in the workbench.
 *
 * @param file     the claim file
 * @param claims   every claim that was checked, in file order
 * @param problems bad input that kept claims from being checked
 * @param finished when the verification ended
 * @param corpus   the corpus the claims were checked against, when the file has one; its documents
 *                 are those the evidence offsets refer to
 */
public record FileVerification(IFile file, List<VerifiedClaim> claims, List<InputProblem> problems,
		Instant finished, Optional<CorpusStore> corpus) {

	public FileVerification {
		claims = List.copyOf(claims);
		problems = List.copyOf(problems);
	}

	public FileVerification(IFile file, List<VerifiedClaim> claims, List<InputProblem> problems, Instant finished) {
		this(file, claims, problems, finished, Optional.empty());
	}

	/** The result of the claim with this name, if it was checked. */
	public Optional<VerifiedClaim> claim(String name) {
		return claims.stream().filter(claim -> claim.source().claim().name().equals(name)).findFirst();
	}
}
