package org.factcheck.claims.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.conversion.IsoDate;
import org.factcheck.claims.corpus.CorpusLocation;
import org.factcheck.claims.corpus.CorpusLocator;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.claims.linking.WrittenDocumentId;

import com.google.inject.Inject;

/**
 * Rules of the claim language. Unknown documents are reported by linking, see
 * {@link org.factcheck.claims.linking.ClaimsLinkingDiagnosticMessageProvider}.
 */
public class ClaimsValidator extends AbstractClaimsValidator {

	@Inject
	private CorpusLocator corpusLocator;

	@Inject
	private CorpusProvider corpusProvider;

	@Inject
	private WrittenDocumentId writtenDocumentId;

	@Check
	public void checkClaimNamesAreUnique(ClaimFile file) {
		for (List<Claim> duplicates : DuplicateNames.among(file.getClaims(), Claim::getName)) {
			for (Claim claim : duplicates) {
				String otherLines = duplicates.stream()
						.filter(other -> other != claim)
						.map(other -> String.valueOf(SourceLines.of(other, ClaimsPackage.Literals.CLAIM__NAME)))
						.collect(Collectors.joining(", "));
				error("Duplicate claim name '" + claim.getName() + "': also used on line " + otherLines, claim,
						ClaimsPackage.Literals.CLAIM__NAME, ClaimsIssueCodes.DUPLICATE_CLAIM_NAME, claim.getName());
			}
		}
	}

	@Check
	public void checkCorpusFolder(ClaimFile file) {
		if (file.getCorpus() == null) {
			return;
		}
		Optional<CorpusLocation> override = CorpusLocation.find(file.eResource().getResourceSet());
		CorpusLocator.Resolved resolved = corpusLocator.resolve(file.eResource(), file.getCorpus());
		Optional<String> problem = resolved.problem().map(ClaimsValidator::sentence)
				.or(() -> folderProblem(resolved.directory().get()));
		if (problem.isEmpty() && override.isEmpty()
				&& corpusProvider.resolve(file.eResource()) instanceof CorpusResolution.Unavailable unavailable) {
			problem = Optional.of("Corpus " + resolved.directory().get() + " cannot be used because " + unavailable.reason());
		}
		if (problem.isEmpty()) {
			return;
		}
		String[] data = resolved.directory().map(directory -> new String[] { directory.toString() })
				.orElseGet(() -> new String[0]);
		if (override.isPresent()) {
			warning(problem.get() + " (not used here: the corpus " + override.get().directory() + " was chosen instead)",
					file, ClaimsPackage.Literals.CLAIM_FILE__CORPUS, ClaimsIssueCodes.CORPUS_FOLDER_NOT_FOUND, data);
		} else {
			error(problem.get(), file, ClaimsPackage.Literals.CLAIM_FILE__CORPUS,
					ClaimsIssueCodes.CORPUS_FOLDER_NOT_FOUND, data);
		}
	}

	@Check
	public void checkClaimText(Claim claim) {
		if (claim.getText() != null && claim.getText().isBlank()) {
			error("The claim text is empty: write what the claim says", claim, ClaimsPackage.Literals.CLAIM__TEXT,
					ClaimsIssueCodes.EMPTY_CLAIM_TEXT);
		}
	}

	@Check
	public void checkAsOfDate(Claim claim) {
		if (claim.getAsOf() != null) {
			IsoDate.problem(claim.getAsOf()).ifPresent(problem -> error(problem, claim,
					ClaimsPackage.Literals.CLAIM__AS_OF, ClaimsIssueCodes.INVALID_DATE, claim.getAsOf()));
		}
	}

	@Check
	public void checkQuote(Citation citation) {
		if (citation.getQuote() != null && citation.getQuote().isBlank()) {
			error("The quote is empty: give the passage the document contains, or remove 'quote'", citation,
					ClaimsPackage.Literals.CITATION__QUOTE, ClaimsIssueCodes.EMPTY_QUOTE);
		}
	}

	@Check
	public void checkDocumentsAreCitedOnce(Claim claim) {
		if (claim.getCitations().size() < 2) {
			return;
		}
		for (List<Citation> duplicates : DuplicateNames.among(claim.getCitations(),
				citation -> writtenDocumentId.of(citation).orElse(null))) {
			Citation first = duplicates.get(0);
			String id = writtenDocumentId.of(first).orElseThrow();
			int firstLine = SourceLines.of(first, ClaimsPackage.Literals.CITATION__DOCUMENT);
			for (Citation repeated : duplicates.subList(1, duplicates.size())) {
				warning("Document '" + id + "' is already cited by this claim on line " + firstLine
						+ (repeated.getQuote() == null ? ": cite it once" : ""), repeated, ClaimsPackage.Literals.CITATION__DOCUMENT,
						ClaimsIssueCodes.DUPLICATE_CITATION, id);
			}
		}
	}

	private static Optional<String> folderProblem(Path directory) {
		if (Files.isDirectory(directory)) {
			return Optional.empty();
		}
		return Optional.of(Files.exists(directory) ? "Corpus " + directory + " is not a folder"
				: "Corpus folder " + directory + " does not exist");
	}

	private static String sentence(String fragment) {
		return fragment.isEmpty() ? fragment : Character.toUpperCase(fragment.charAt(0)) + fragment.substring(1);
	}
}
