package org.factcheck.evidence.terms;

/** What a content word is, from its part of speech; decides how much it weighs in a match. */
public enum TermKind {
	NAME(2.0), NOUN(1.5), NUMBER(1.5), VERB(1.0), ADJECTIVE(1.0), ADVERB(0.3);

	private final double weight;

	TermKind(double weight) {
		this.weight = weight;
	}

	public double weight() {
		return weight;
	}

	/** The kind of a Universal Dependencies tag, or null for function words and punctuation. */
	public static TermKind ofTag(String tag) {
		return switch (tag) {
		case "PROPN" -> NAME;
		case "NOUN", "X" -> NOUN;
		case "NUM" -> NUMBER;
		case "VERB" -> VERB;
		case "ADJ" -> ADJECTIVE;
		case "ADV" -> ADVERB;
		default -> null;
		};
	}
}
