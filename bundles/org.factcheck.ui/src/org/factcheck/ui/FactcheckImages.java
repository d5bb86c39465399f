package org.factcheck.ui;

import java.util.List;

import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;

/**
 * Keys of the plug-in's shared images ({@link FactcheckUi#image(String)}): {@code icons/KEY.png}
 * (with {@code KEY@2x.png} for high-resolution screens), or {@code icons/KEY.svg} for the verdicts.
 */
public final class FactcheckImages {

	public static final String SUPPORTED = "verdicts/supported";
	public static final String CONFLICTING = "verdicts/conflicting";
	public static final String UNSOURCED = "verdicts/unsourced";
	public static final String UNVERIFIED = "verdicts/unverified";
	public static final String VERIFY = "verify";
	public static final String CORPUS = "corpus";
	public static final String DOCUMENT = "document";
	public static final String PARAGRAPH = "paragraph";
	public static final String SENTENCE = "sentence";
	public static final String CITATION = "finding_citation";
	public static final String NOTE = "finding_note";
	public static final String PASSAGE = "passage";
	public static final String CHECKER_ERROR = "checker_error";

	/** The verdict icons, drawn as SVG (shared with the claim editor's outline). */
	static final List<String> VECTOR = List.of(SUPPORTED, CONFLICTING, UNSOURCED, UNVERIFIED);

	static final List<String> ALL = List.of(VERIFY, CORPUS, DOCUMENT, PARAGRAPH,
			SENTENCE, CITATION, NOTE, PASSAGE, CHECKER_ERROR);

	private FactcheckImages() {
	}

	public static String of(Verdict verdict) {
		return switch (verdict) {
		case SUPPORTED -> SUPPORTED;
		case CONFLICTING -> CONFLICTING;
		case UNSOURCED -> UNSOURCED;
		};
	}

	/** The image of a finding: its verdict for an assessment, else its kind. */
	public static String of(FindingKind kind, Verdict verdict) {
		return switch (kind) {
		case ASSESSMENT -> of(verdict);
		case CITATION -> CITATION;
		case NOTE, CAVEAT -> NOTE;
		};
	}
}
