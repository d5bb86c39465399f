package org.factcheck.claims.ide.quickfix;

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

import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.conversion.IsoDate;
import org.factcheck.claims.conversion.StringLiteral;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.factcheck.claims.writing.ClaimEdits;
import org.factcheck.claims.writing.ClaimFix;
import org.factcheck.claims.writing.ClaimTextEdit;

/**
 * The fixes for the claim language's own problems (see {@link ClaimsIssueCodes}): the closest
 * document id for an unknown one, a real date for a badly written one, a free name for a
 * duplicate, and removing an empty quote or a repeated citation. IDE-neutral: works on the
 * file's {@link ClaimFileLayout} and returns text edits.
 */
public class IssueFixes {

	private static final Pattern NUMBERS = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	/** The folder names a missing corpus is looked for under, next to the file and one level up. */
	private static final List<String> CORPUS_FOLDERS = List.of("corpus", "../corpus");

	/**
	 * The fixes for {@code issue} in the file laid out as {@code layout}.
	 *
	 * @param fileFolder the folder that holds the file, for fixes that look for a corpus
	 */
	public List<ClaimFix> fixes(Issue issue, ClaimFileLayout layout, Optional<Path> fileFolder) {
		String code = issue.getCode();
		if (code == null || issue.getOffset() == null) {
			return List.of();
		}
		int offset = issue.getOffset();
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		Optional<ClaimLayout> claim = layout.claimAt(offset);
		Optional<CitationLayout> citation = claim.flatMap(c -> c.citationAt(offset));
		return switch (code) {
		case ClaimsIssueCodes.UNKNOWN_DOCUMENT -> data.length > 1 && citation.isPresent()
				? List.of(new ClaimFix("Change to '" + data[1] + "'",
						"The corpus has no document '" + data[0] + "'; '" + data[1] + "' is the closest id.",
						List.of(ClaimEdits.replaceDocumentId(citation.get(), data[1]))))
				: List.of();
		case ClaimsIssueCodes.DUPLICATE_CITATION -> claim.isPresent() && citation.isPresent()
				? List.of(new ClaimFix("Remove the repeated citation", "The claim already cites this document.",
						List.of(ClaimEdits.removeCitation(claim.get(), citation.get()))))
				: List.of();
		case ClaimsIssueCodes.EMPTY_QUOTE -> citation.filter(c -> c.quote().isPresent())
				.map(c -> List.of(new ClaimFix("Remove the empty quote", "", List.of(ClaimEdits.removeQuote(c)))))
				.orElse(List.of());
		case ClaimsIssueCodes.INVALID_DATE -> claim.flatMap(c -> dateFix(c, data.length > 0 ? data[0] : ""))
				.map(List::of).orElse(List.of());
		case ClaimsIssueCodes.DUPLICATE_CLAIM_NAME -> claim.map(c -> List.of(renameFix(c, layout))).orElse(List.of());
		case ClaimsIssueCodes.NO_CORPUS -> corpusFix(layout, fileFolder);
		default -> List.of();
		};
	}

	private static Optional<ClaimFix> dateFix(ClaimLayout claim, String written) {
		Optional<LocalDate> meant = IsoDate.lenient(written);
		if (meant.isPresent() && !meant.get().toString().equals(written)) {
			return Optional.of(new ClaimFix("Write the date as " + meant.get(), "Dates are written YYYY-MM-DD.",
					List.of(ClaimEdits.setAsOf(claim, meant.get()))));
		}
		Matcher numbers = NUMBERS.matcher(written);
		if (numbers.matches()) {
			int month = Integer.parseInt(numbers.group(2));
			int day = Integer.parseInt(numbers.group(3));
			if (month >= 1 && month <= 12 && day > 28) {
				LocalDate last = YearMonth.of(Integer.parseInt(numbers.group(1)), month).atEndOfMonth();
				if (day > last.getDayOfMonth()) {
					return Optional.of(new ClaimFix("Change to " + last + ", the last day of the month", "",
							List.of(ClaimEdits.setAsOf(claim, last))));
				}
			}
		}
		return Optional.empty();
	}

	private static ClaimFix renameFix(ClaimLayout claim, ClaimFileLayout layout) {
		Set<String> taken = new HashSet<>();
		layout.claims().forEach(other -> taken.add(other.name()));
		String base = claim.name();
		int suffix = 2;
		while (taken.contains(base + "-" + suffix)) {
			suffix++;
		}
		String name = base + "-" + suffix;
		return new ClaimFix("Rename to '" + name + "'", "Claim names must be unique in a file.",
				List.of(ClaimEdits.rename(claim, name)));
	}

	private static List<ClaimFix> corpusFix(ClaimFileLayout layout, Optional<Path> fileFolder) {
		if (layout.corpus().isPresent() || fileFolder.isEmpty()) {
			return List.of();
		}
		List<ClaimFix> fixes = new ArrayList<>();
		for (String folder : CORPUS_FOLDERS) {
			if (Files.isDirectory(fileFolder.get().resolve(folder))) {
				fixes.add(new ClaimFix("Add corpus \"" + folder + "\"", "Names the corpus the file's citations refer to.",
						List.of(ClaimTextEdit.insert(0, "corpus " + StringLiteral.quote(folder) + "\n\n"))));
			}
		}
		return fixes;
	}
}
