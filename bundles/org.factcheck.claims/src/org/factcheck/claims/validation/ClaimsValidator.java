package org.factcheck.claims.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.validation.Check;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.claims.Stray;
import org.factcheck.claims.conversion.IsoDate;
import org.factcheck.claims.corpus.CorpusLocation;
import org.factcheck.claims.corpus.CorpusLocator;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.claims.linking.WrittenDocumentId;
import org.factcheck.claims.parser.UnexpectedText;

import com.google.inject.Inject;

/**
 * Rules of the claim language. Unknown documents are reported by linking, see
 * {@link org.factcheck.claims.linking.ClaimsLinkingDiagnosticMessageProvider}.
 */
public class ClaimsValidator extends AbstractClaimsValidator {

	private static final List<String> CLAUSES = List.of("cites", "asof", "expect");

	/** The longest claim text or quote that is checked, in characters: a claim states one fact. */
	public static final int MAX_TEXT_LENGTH = 5_000;

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
		} else if (claim.getText() != null && claim.getText().length() > MAX_TEXT_LENGTH) {
			error(tooLong("claim text", claim.getText()), claim, ClaimsPackage.Literals.CLAIM__TEXT,
					ClaimsIssueCodes.TEXT_TOO_LONG);
		}
	}

	/** Clauses come in the order cites, asof, expect, each at most once. */
	@Check
	public void checkClauseOrder(Claim claim) {
		INode node = NodeModelUtils.getNode(claim);
		if (node == null) {
			return;
		}
		int last = -1;
		for (INode child : ((ICompositeNode) node).getChildren()) {
			if (child.getGrammarElement() instanceof Keyword keyword && CLAUSES.contains(keyword.getValue())) {
				int position = CLAUSES.indexOf(keyword.getValue());
				if (position <= last) {
					acceptError(UnexpectedText.explain(keyword.getValue()), claim, child.getOffset(), child.getLength(),
							ClaimsIssueCodes.CLAUSE_ORDER, keyword.getValue());
					return;
				}
				last = position;
			}
		}
	}

	/**
	 * Text between claims that belongs to no claim is an error; the claims around it are still
	 * checked. Stray text right after a claim with a syntax error is what the parser skipped there,
	 * and is not reported twice.
	 */
	@Check
	public void checkStrayText(Stray stray) {
		INode node = NodeModelUtils.getNode(stray);
		if (node == null || stray.getTokens().isEmpty() || followsSyntaxError(stray, node)) {
			return;
		}
		String first = NodeModelUtils.getTokenText(NodeModelUtils.findNodesForFeature(stray,
				ClaimsPackage.Literals.STRAY__TOKENS).get(0));
		error(UnexpectedText.explain(first) + "; the text up to the next 'claim' is ignored", stray, null,
				ClaimsIssueCodes.STRAY_TEXT, first);
	}

	private static boolean followsSyntaxError(Stray stray, INode node) {
		List<Claim> claims = ((ClaimFile) stray.eContainer()).getClaims();
		int low = 0;
		int high = claims.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			INode claimNode = NodeModelUtils.getNode(claims.get(middle));
			if (claimNode != null && claimNode.getOffset() < node.getOffset()) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		INode previous = low == 0 ? null : NodeModelUtils.getNode(claims.get(low - 1));
		int start = previous == null ? 0 : previous.getOffset();
		return stray.eResource().getErrors().stream().anyMatch(error -> error instanceof XtextSyntaxDiagnostic syntax
				&& syntax.getOffset() >= start && syntax.getOffset() <= node.getOffset());
	}

	private static String tooLong(String what, String text) {
		return String.format("The %s is %,d characters long; at most %,d are checked: state one fact, or cite a shorter passage",
				what, text.length(), MAX_TEXT_LENGTH);
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
		} else if (citation.getQuote() != null && citation.getQuote().length() > MAX_TEXT_LENGTH) {
			error(tooLong("quote", citation.getQuote()), citation, ClaimsPackage.Literals.CITATION__QUOTE,
					ClaimsIssueCodes.TEXT_TOO_LONG);
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
