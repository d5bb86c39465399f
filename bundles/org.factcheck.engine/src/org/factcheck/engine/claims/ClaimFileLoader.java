package org.factcheck.engine.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Verdict;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.conversion.IsoDate;
import org.factcheck.claims.corpus.CorpusLocation;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusResolution;
import org.factcheck.claims.corpus.IndexRoot;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.ClaimLocation;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.LocatedClaim;

import com.google.inject.Injector;

/**
 * Loads claim files with the claim language: parses, links and validates each file, and turns every
 * claim without errors into a {@link LocatedClaim}. A broken file or claim never stops the others,
 * and no claim is left out silently: each claim that cannot be checked has an error within it, or
 * a problem of its own saying why (no usable corpus, a claim the parser could not read).
 */
public final class ClaimFileLoader {

	private final Injector injector;

	public ClaimFileLoader() {
		this(ClaimsLanguage.injector());
	}

	public ClaimFileLoader(Injector injector) {
		this.injector = injector;
	}

	/**
	 * @param corpusOverride a corpus for all files, replacing their {@code corpus} lines
	 * @param indexRoot      where corpora keep their index and import cache (one folder per corpus),
	 *                       instead of the default cache directory
	 */
	public List<LoadedClaimFile> load(List<Path> files, Optional<Path> corpusOverride, Optional<Path> indexRoot) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		indexRoot.ifPresent(root -> IndexRoot.install(resourceSet, root));
		corpusOverride.ifPresent(corpus -> CorpusLocation.install(resourceSet, corpus, Optional.empty()));
		List<LoadedClaimFile> loaded = new ArrayList<>();
		for (Path file : files) {
			loaded.add(load(resourceSet, file));
		}
		return loaded;
	}

	private LoadedClaimFile load(XtextResourceSet resourceSet, Path file) {
		if (!Files.isRegularFile(file)) {
			return unreadable(file, Files.exists(file) ? "not a regular file; never opened" : "no such file");
		}
		Resource resource;
		try {
			resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		} catch (RuntimeException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return unreadable(file, "cannot read: " + cause.getMessage());
		}
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<InputProblem> errors = new ArrayList<>();
		List<InputProblem> warnings = new ArrayList<>();
		List<Integer> errorOffsets = new ArrayList<>();
		for (Issue issue : issues) {
			InputProblem problem = new InputProblem(file, orZero(issue.getLineNumber()), orZero(issue.getColumn()),
					issue.getMessage());
			switch (issue.getSeverity()) {
			case ERROR -> {
				errors.add(problem);
				if (issue.getOffset() != null) {
					errorOffsets.add(issue.getOffset());
				}
			}
			case WARNING -> warnings.add(problem);
			default -> {
			}
			}
		}
		errorOffsets.sort(null);
		CorpusResolution resolution = injector.getInstance(CorpusProvider.class).resolve(resource);
		Optional<CorpusStore> corpus = resolution.view().flatMap(view -> view.store());
		Optional<String> noCorpus = corpus.isPresent() ? Optional.empty() : Optional.of(whyNoCorpus(resolution));
		List<LocatedClaim> claims = new ArrayList<>();
		List<int[]> parsed = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ClaimFile claimFile) {
			for (org.factcheck.claims.claims.Claim claim : claimFile.getClaims()) {
				ICompositeNode node = NodeModelUtils.getNode(claim);
				if (node == null) {
					continue;
				}
				parsed.add(new int[] { node.getOffset(), node.getEndOffset() });
				if (hasErrorWithin(errorOffsets, node)) {
					continue;
				}
				String name = claim.getName() == null ? "?" : claim.getName();
				Optional<Claim> plain = toClaim(claim);
				if (plain.isEmpty() || noCorpus.isPresent()) {
					errors.add(new InputProblem(file, node.getStartLine(), column(node), "claim '" + name
							+ "' is not checked: " + noCorpus.orElse("it cannot be read as written")));
					continue;
				}
				claims.add(new LocatedClaim(plain.get(), new ClaimLocation(file, node.getStartLine(), column(node)),
						expected(claim)));
			}
		}
		ICompositeNode root = resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode()
				: null;
		for (UnreadClaims.Unread unread : UnreadClaims.in(root, parsed)) {
			var position = NodeModelUtils.getLineAndColumn(root, unread.offset());
			errors.add(new InputProblem(file, position.getLine(), position.getColumn(), "claim '" + unread.name()
					+ "' is not checked: the parser could not read it (see the syntax errors before it)"));
		}
		return new LoadedClaimFile(file, claims, errors, warnings, corpus);
	}

	/** Closes the corpora opened while loading; the stores of loaded files must no longer be used. */
	public void closeCorpora() {
		if (injector.getInstance(CorpusProvider.class) instanceof StoreCorpusProvider stores) {
			stores.close();
		}
	}

	private static LoadedClaimFile unreadable(Path file, String message) {
		return new LoadedClaimFile(file, List.of(), List.of(new InputProblem(file, 0, 0, message)), List.of(),
				Optional.empty());
	}

	/** Why the claims of a file cannot be checked when it has no usable corpus. */
	private static String whyNoCorpus(CorpusResolution resolution) {
		if (resolution instanceof CorpusResolution.Unavailable unavailable) {
			return unavailable.directory().map(directory -> "corpus " + directory).orElse("its corpus")
					+ " cannot be used because " + unavailable.reason();
		}
		if (resolution instanceof CorpusResolution.Available) {
			return "its corpus is not a corpus folder";
		}
		return "the file names no corpus: add a line corpus \"DIR\" at its top, or pass --corpus DIR";
	}

	private static boolean hasErrorWithin(List<Integer> sortedErrorOffsets, ICompositeNode node) {
		int index = Collections.binarySearch(sortedErrorOffsets, node.getOffset());
		int next = index >= 0 ? index : -index - 1;
		return next < sortedErrorOffsets.size() && sortedErrorOffsets.get(next) < node.getEndOffset();
	}

	private static Optional<Claim> toClaim(org.factcheck.claims.claims.Claim claim) {
		if (claim.getName() == null || claim.getText() == null) {
			return Optional.empty();
		}
		List<Citation> citations = new ArrayList<>();
		for (org.factcheck.claims.claims.Citation citation : claim.getCitations()) {
			if (citation.getDocument() == null || citation.getDocument().eIsProxy()) {
				return Optional.empty();
			}
			citations.add(Citation.of(citation.getDocument().getId(), citation.getQuote()));
		}
		Optional<LocalDate> asOf = Optional.empty();
		if (claim.getAsOf() != null) {
			asOf = IsoDate.parse(claim.getAsOf());
			if (asOf.isEmpty()) {
				return Optional.empty();
			}
		}
		return Optional.of(new Claim(claim.getName(), claim.getText(), citations, asOf));
	}

	/** The verdict after {@code expect}, if written (an enum attribute cannot tell "unset" from its default). */
	private static Optional<Verdict> expected(org.factcheck.claims.claims.Claim claim) {
		if (NodeModelUtils.findNodesForFeature(claim, ClaimsPackage.Literals.CLAIM__EXPECTED).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Verdict.fromLabel(claim.getExpected().getLiteral()));
	}

	private static int column(ICompositeNode node) {
		return NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
