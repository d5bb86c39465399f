package org.factcheck.engine.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.corpus.Content;

/**
 * Checks what a checker returned against the API's contract: a list of findings, each under the
 * checker's own id, with a message, and evidence passages that exist in the corpus exactly as
 * quoted. Keeps the findings that hold and says what is wrong with the first that does not.
 */
final class FindingValidator {

	/** What survived validation, and the first violation (null when there was none). */
	record Result(List<Finding> findings, String violation) {
	}

	private final CorpusAccess corpus;

	FindingValidator(CorpusAccess corpus) {
		this.corpus = corpus;
	}

	Result validate(String checkerId, List<Finding> returned) {
		if (returned == null) {
			return new Result(List.of(), "returned null instead of a list of findings");
		}
		List<Finding> valid = new ArrayList<>();
		String violation = null;
		for (Finding finding : returned) {
			String problem = problem(checkerId, finding);
			if (problem == null) {
				valid.add(finding);
			} else if (violation == null) {
				violation = problem;
			}
		}
		return new Result(valid, violation);
	}

	private String problem(String checkerId, Finding finding) {
		if (finding == null) {
			return "returned a null finding";
		}
		if (!checkerId.equals(finding.checkerId())) {
			return "returned a finding under the id '" + finding.checkerId() + "' instead of its own id";
		}
		if (finding.message().isBlank()) {
			return "returned a finding without a message";
		}
		for (Evidence evidence : finding.evidence()) {
			String problem = problem(evidence);
			if (problem != null) {
				return "returned a finding whose evidence " + problem;
			}
		}
		return null;
	}

	private String problem(Evidence evidence) {
		Optional<Content> content = corpus.content(evidence.documentId());
		if (content.isEmpty()) {
			return "names the unknown document '" + evidence.documentId() + "'";
		}
		String text = content.get().getText();
		if (evidence.end() > text.length()) {
			return "[" + evidence.start() + ", " + evidence.end() + ") lies beyond the end of "
					+ evidence.documentId() + " (" + text.length() + " characters)";
		}
		if (!text.regionMatches(evidence.start(), evidence.text(), 0, evidence.text().length())
				|| evidence.text().length() != evidence.end() - evidence.start()) {
			return "text \u201E" + abbreviated(evidence.text()) + "\u201C is not the text at [" + evidence.start() + ", "
					+ evidence.end() + ") of " + evidence.documentId();
		}
		return null;
	}

	private static String abbreviated(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() > 60 ? oneLine.substring(0, 57) + "\u2026" : oneLine;
	}
}
