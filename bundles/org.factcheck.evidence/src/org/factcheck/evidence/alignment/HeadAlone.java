package org.factcheck.evidence.alignment;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;

/**
 * A claim's compound realised by its head alone (das Rückspiel by das Spiel, die
 * Friedensverhandlungen by die Verhandlungen): the sentence names the thing without its first part,
 * a detail the claim adds, unless the sentences just before give that part and name no other kind
 * of the thing (after „im Hinspiel … das Rückspiel“, das Spiel does not say which).
 */
public final class HeadAlone {

	private HeadAlone() {
	}

	/**
	 * Whether the match realises a compound of the claim by its head, its other parts unsaid (not
	 * where the sentence's compound has them with another linking form: Druckfarbe / Druckerfarbe).
	 */
	public static boolean realises(TermMatch match) {
		Term term = match.claimTerm();
		return term.isCompound() && match.how() == TermMatch.How.COMPOUND && match.score() < 1
				&& match.score() >= Alignment.REALISED && !alike(term, match.sentenceTerm());
	}

	/**
	 * Whether the sentence says which kind of the head it means, by a prepositional phrase right after
	 * it whose nouns realise nothing of the claim and are none of the compound's first parts nor a
	 * time (eine Verletzung im Wirbelbereich for eine Knieverletzung): another kind than the claim's;
	 * or by the name it is the title of (Präsident Abdel Fattah al-Sisi for den Ministerpräsidenten),
	 * unless the compound's first part gives only the level (Kanzlerin Merkel for die Bundeskanzlerin).
	 */
	public static boolean specifiedOtherwise(TermMatch match, AnalyzedText sentence, Alignment alignment) {
		if (!realises(match)) {
			return false;
		}
		List<String> tags = sentence.tags();
		int at = match.sentenceTerm().index() + 1;
		List<String> modifiers = match.claimTerm().parts().subList(0, match.claimTerm().parts().size() - 1);
		if (at < tags.size() && tags.get(at).equals("PROPN") && match.claimTerm().kind() == TermKind.NOUN
				&& modifiers.stream().noneMatch(HeadAlone::levels)) {
			return true;
		}
		if (at >= tags.size() || !tags.get(at).startsWith("ADP")) {
			return false;
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		boolean noun = false;
		for (int i = at + 1; i < tags.size() && (tags.get(i).equals("DET") || tags.get(i).equals("ADJ") || tags.get(i).equals("NOUN")); i++) {
			if (!tags.get(i).equals("NOUN")) {
				continue;
			}
			Term said = sentence.termAt(i).orElse(null);
			if (said == null || Specifics.pinsDown(said) || realising.contains(i)
					|| said.parts().stream().anyMatch(part -> modifiers.stream().anyMatch(m -> Aligner.sameKey(m, part)))) {
				return false;
			}
			noun = true;
		}
		return noun;
	}

	/**
	 * A first part that says only the level of the whole (Bundeskanzlerin, Staatspräsident): the
	 * head alone as a title before a name (Kanzlerin Merkel) names the same post.
	 */
	private static boolean levels(String part) {
		return part.startsWith("bund") || part.startsWith("staat");
	}

	/** How long a first part must be to be compared by its beginning. */
	private static final int STEM = 4;

	/**
	 * Whether the sentence's word begins with the claim's first part and ends with its head
	 * (druckerfarbe for Druck|farbe): the same compound with another linking form.
	 */
	private static boolean alike(Term claim, Term said) {
		List<String> parts = claim.parts();
		String first = parts.get(0);
		String head = parts.get(parts.size() - 1);
		return said != null && first.length() >= STEM && said.key().startsWith(first) && said.key().endsWith(head)
				&& said.key().length() > head.length() + first.length() - 1;
	}

	/**
	 * Whether the context gives the compound's first parts (a word of it has them: Friedensgespräche
	 * for Friedensverhandlungen) and names no other compound with the same head (Hinspiel beside
	 * Rückspiel, also as a fragment the tokenizer leaves after a hyphen: -Spiel).
	 */
	public static boolean givenBy(Term compound, List<AnalyzedText> context) {
		List<String> parts = compound.parts();
		List<String> modifiers = parts.subList(0, parts.size() - 1);
		String head = parts.get(parts.size() - 1);
		boolean given = false;
		for (AnalyzedText text : context) {
			for (Term term : text.terms()) {
				List<String> its = term.parts();
				boolean withModifier = its.stream().anyMatch(part -> modifiers.stream().anyMatch(m -> Aligner.sameKey(m, part)));
				if (ofTheHead(term, head) && !withModifier) {
					return false;
				}
				given |= withModifier;
			}
			for (String word : text.lowerCaseWords()) {
				if (word.length() > 1 && word.charAt(0) == '-' && WordKeys.fold(word.substring(1)).startsWith(head)) {
					return false;
				}
			}
		}
		return given;
	}

	/** A compound with the head, split or not (das Hinspiel, which the splitter leaves whole). */
	private static boolean ofTheHead(Term term, String head) {
		List<String> parts = term.parts();
		return term.isCompound() ? Aligner.sameKey(parts.get(parts.size() - 1), head)
				: term.key().length() > head.length() && term.key().endsWith(head);
	}
}
