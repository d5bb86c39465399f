package org.factcheck.quickfix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.conversion.StringLiteral;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.factcheck.corpus.formats.PublicationDate;

/**
 * Fixes for the diagnostics of the claim language ({@link ClaimsIssueCodes}):
 * <ul>
 * <li>an unknown document with a close id: cite the close id;</li>
 * <li>a document cited twice: remove the repetition;</li>
 * <li>a date not written YYYY-MM-DD ({@code 21.06.2024}, {@code 2024-6-1}): write it so; a day past
 * the end of its month ({@code 2024-02-30}): the month's last day;</li>
 * <li>an empty quote: remove it;</li>
 * <li>a claim name used twice: rename the claim to the first free {@code NAME_2}, {@code NAME_3};</li>
 * <li>no corpus, with a {@code corpus} folder beside the file: add {@code corpus "corpus"}.</li>
 * </ul>
 */
public final class DiagnosticFixes {

	private static final Pattern ISO_NUMBERS = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	/**
	 * The fixes of one diagnostic.
	 *
	 * @param resource the parsed claim file
	 * @param code     the diagnostic's issue code
	 * @param data     the diagnostic's issue data, as {@link ClaimsIssueCodes} lists them
	 * @param offset   where the diagnostic starts in the file's text
	 */
	public List<ClaimFix> fixes(XtextResource resource, String code, List<String> data, int offset) {
		if (code == null) {
			return List.of();
		}
		List<ClaimFix> fixes = new ArrayList<>();
		switch (code) {
		case ClaimsIssueCodes.UNKNOWN_DOCUMENT -> closestDocument(resource, data, offset).ifPresent(fixes::add);
		case ClaimsIssueCodes.DUPLICATE_CITATION -> repeatedCitation(resource, offset).ifPresent(fixes::add);
		case ClaimsIssueCodes.INVALID_DATE -> isoDate(resource, offset).ifPresent(fixes::add);
		case ClaimsIssueCodes.EMPTY_QUOTE -> emptyQuote(resource, offset).ifPresent(fixes::add);
		case ClaimsIssueCodes.DUPLICATE_CLAIM_NAME -> rename(resource, offset).ifPresent(fixes::add);
		case ClaimsIssueCodes.NO_CORPUS -> corpusLine(resource).ifPresent(fixes::add);
		default -> {
		}
		}
		return fixes;
	}

	private static Optional<ClaimFix> closestDocument(XtextResource resource, List<String> data, int offset) {
		if (data.size() < 2) {
			return Optional.empty();
		}
		String closest = data.get(1);
		return ClaimNodes.at(resource, offset, Citation.class)
				.flatMap(citation -> ClaimNodes.node(citation, ClaimsPackage.Literals.CITATION__DOCUMENT))
				.map(node -> ClaimFix.of("Cite '" + closest + "'",
						new TextEdit(node.getOffset(), node.getLength(), StringLiteral.quote(closest))));
	}

	private static Optional<ClaimFix> repeatedCitation(XtextResource resource, int offset) {
		Optional<Citation> citation = ClaimNodes.at(resource, offset, Citation.class);
		if (citation.isEmpty() || !(citation.get().eContainer() instanceof Claim claim)) {
			return Optional.empty();
		}
		int index = claim.getCitations().indexOf(citation.get());
		if (index < 1) {
			return Optional.empty();
		}
		Optional<? extends INode> previous = ClaimNodes.node(claim.getCitations().get(index - 1));
		Optional<? extends INode> own = ClaimNodes.node(citation.get());
		if (previous.isEmpty() || own.isEmpty()) {
			return Optional.empty();
		}
		int start = ClaimNodes.end(previous.get());
		String id = ClaimNodes.node(citation.get(), ClaimsPackage.Literals.CITATION__DOCUMENT).map(INode::getText).orElse("");
		return Optional.of(ClaimFix.of("Remove the repeated citation " + id.strip(),
				TextEdit.delete(start, ClaimNodes.end(own.get()) - start)));
	}

	private static Optional<ClaimFix> isoDate(XtextResource resource, int offset) {
		Optional<Claim> claim = ClaimNodes.at(resource, offset, Claim.class);
		Optional<INode> node = claim.flatMap(c -> ClaimNodes.node(c, ClaimsPackage.Literals.CLAIM__AS_OF));
		if (node.isEmpty()) {
			return Optional.empty();
		}
		String written = node.get().getText().strip();
		return PublicationDate.parse(written).filter(iso -> !iso.toString().equals(written))
				.map(iso -> ClaimFix.of("Write the date as " + iso,
						new TextEdit(node.get().getOffset(), node.get().getLength(), iso.toString())))
				.or(() -> lastDayOfMonth(written).map(last -> ClaimFix.of("Change to " + last + ", the last day of the month",
						new TextEdit(node.get().getOffset(), node.get().getLength(), last.toString()))));
	}

	/** The month's last day, for a date written YYYY-MM-DD whose day is past the end of its month. */
	private static Optional<LocalDate> lastDayOfMonth(String written) {
		Matcher date = ISO_NUMBERS.matcher(written);
		if (!date.matches()) {
			return Optional.empty();
		}
		int month = Integer.parseInt(date.group(2));
		int day = Integer.parseInt(date.group(3));
		if (month < 1 || month > 12) {
			return Optional.empty();
		}
		LocalDate last = YearMonth.of(Integer.parseInt(date.group(1)), month).atEndOfMonth();
		return day > last.getDayOfMonth() ? Optional.of(last) : Optional.empty();
	}

	private static Optional<ClaimFix> emptyQuote(XtextResource resource, int offset) {
		Optional<Citation> citation = ClaimNodes.at(resource, offset, Citation.class);
		Optional<INode> document = citation.flatMap(c -> ClaimNodes.node(c, ClaimsPackage.Literals.CITATION__DOCUMENT));
		Optional<? extends INode> whole = citation.flatMap(ClaimNodes::node);
		if (document.isEmpty() || whole.isEmpty()) {
			return Optional.empty();
		}
		int start = ClaimNodes.end(document.get());
		return Optional.of(ClaimFix.of("Remove the empty quote", TextEdit.delete(start, ClaimNodes.end(whole.get()) - start)));
	}

	private static Optional<ClaimFix> rename(XtextResource resource, int offset) {
		Optional<Claim> claim = ClaimNodes.at(resource, offset, Claim.class);
		if (claim.isEmpty() || !(claim.get().eContainer() instanceof ClaimFile file) || claim.get().getName() == null) {
			return Optional.empty();
		}
		Set<String> names = new HashSet<>();
		file.getClaims().forEach(c -> names.add(c.getName()));
		String base = claim.get().getName();
		String name = base;
		for (int n = 2; names.contains(name); n++) {
			name = base + "_" + n;
		}
		String newName = name;
		return ClaimNodes.node(claim.get(), ClaimsPackage.Literals.CLAIM__NAME)
				.map(node -> ClaimFix.of("Rename to '" + newName + "'", new TextEdit(node.getOffset(), node.getLength(), newName)));
	}

	private static Optional<ClaimFix> corpusLine(XtextResource resource) {
		URI uri = resource.getURI();
		if (uri == null || !uri.isFile() || !(resource.getContents().isEmpty() || resource.getContents().get(0) instanceof ClaimFile)) {
			return Optional.empty();
		}
		Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder.resolve("corpus"))) {
			return Optional.empty();
		}
		return Optional.of(ClaimFix.of("Use the corpus folder beside the file: corpus \"corpus\"",
				TextEdit.insert(0, "corpus \"corpus\"\n\n")));
	}
}
