package org.factcheck.claims.writing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.factcheck.claims.claims.Verdict;

import com.google.inject.Inject;

/**
 * Writes claim files in the surface syntax of the claim language, for tools that produce claims,
 * such as an import of labelled claim sets: texts are escaped and keywords used as names get
 * their {@code ^}.
 */
public class ClaimFileWriter {

	/** A document a written claim cites, optionally with a passage. */
	public record WrittenCitation(String documentId, Optional<String> quote) {

		public WrittenCitation {
			Objects.requireNonNull(documentId, "documentId");
			Objects.requireNonNull(quote, "quote");
		}
	}

	/** A claim to write, optionally preceded by a comment (one {@code //} line per line of it). */
	public record WrittenClaim(String name, String text, List<WrittenCitation> citations, Optional<LocalDate> asOf,
			Optional<Verdict> expected, Optional<String> comment) {

		public WrittenClaim {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(text, "text");
			citations = List.copyOf(citations);
			Objects.requireNonNull(asOf, "asOf");
			Objects.requireNonNull(expected, "expected");
			Objects.requireNonNull(comment, "comment");
		}

		public WrittenClaim(String name, String text, List<WrittenCitation> citations, Optional<LocalDate> asOf,
				Optional<Verdict> expected) {
			this(name, text, citations, asOf, expected, Optional.empty());
		}
	}

	private static final String INDENT = "    ";

	@Inject
	private IValueConverterService converters;

	/**
	 * The text of a claim file.
	 *
	 * @param corpus the folder for the {@code corpus} line, relative to the file; empty for none
	 * @throws IllegalArgumentException if a claim name cannot be written as a name
	 */
	public String write(Optional<String> corpus, List<WrittenClaim> claims) {
		StringBuilder file = new StringBuilder();
		corpus.ifPresent(folder -> file.append("corpus ").append(string(folder)).append("\n\n"));
		file.append(claims.stream().map(this::claim).collect(Collectors.joining("\n")));
		return file.toString();
	}

	private String claim(WrittenClaim claim) {
		StringBuilder text = new StringBuilder();
		claim.comment().ifPresent(comment -> comment.lines().forEach(line -> text.append("// ").append(line).append('\n')));
		text.append("claim ").append(name(claim.name())).append(' ')
				.append(string(claim.text())).append('\n');
		if (!claim.citations().isEmpty()) {
			text.append(INDENT).append("cites ").append(claim.citations().stream().map(this::citation)
					.collect(Collectors.joining(", "))).append('\n');
		}
		claim.asOf().ifPresent(date -> text.append(INDENT).append("asof ").append(date).append('\n'));
		claim.expected().ifPresent(verdict -> text.append(INDENT).append("expect ").append(verdict.getLiteral())
				.append('\n'));
		return text.toString();
	}

	private String citation(WrittenCitation citation) {
		return string(citation.documentId()) + citation.quote().map(quote -> " quote " + string(quote)).orElse("");
	}

	private String name(String name) {
		try {
			return converters.toString(name, "ID");
		} catch (ValueConverterException e) {
			throw new IllegalArgumentException("'" + name + "' cannot be a claim name: use letters, digits, '_' and"
					+ " '-', starting with a letter or '_'", e);
		}
	}

	private String string(String value) {
		return converters.toString(value, "STRING");
	}
}
