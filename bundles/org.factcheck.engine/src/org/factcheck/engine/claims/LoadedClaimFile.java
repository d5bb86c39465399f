package org.factcheck.engine.claims;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.LocatedClaim;

/**
 * A claim file as loaded: the claims that can be checked, the errors that keep the others (or the
 * whole file) from being checked, warnings, and the corpus the file refers to.
 */
public record LoadedClaimFile(Path file, List<LocatedClaim> claims, List<InputProblem> problems,
		List<InputProblem> warnings, Optional<CorpusStore> corpus) {

	public LoadedClaimFile {
		claims = List.copyOf(claims);
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}
}
