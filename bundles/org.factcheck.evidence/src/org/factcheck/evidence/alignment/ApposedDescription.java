package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A person a sentence names by the description its document apposes to the name ({@code der
 * deutsche Innenminister Thomas de Maizière} … {@code knüpfte auch der deutsche Innenminister an}):
 * news introduces a person with the description once and uses it alone after. The claim's names
 * that the sentence lacks count as referred to ({@link References#CREDIT}) where every place the
 * document writes the description before a name gives the same person, and that person's name holds
 * them.
 */
public final class ApposedDescription {

	private static final Set<String> DEFINITE = Set.of("der", "die", "das", "dem", "den", "des");

	private ApposedDescription() {
	}

	/**
	 * @param document the names apposed in the sentence's document
	 * @return the claim's names to count as referred to
	 */
	public static List<TermMatch> credit(Alignment alignment, AnalyzedText sentence, ApposedNames document) {
		List<TermMatch> missing = alignment.matches().stream()
				.filter(m -> m.claimTerm().kind() == TermKind.NAME && m.score() < References.CREDIT).toList();
		if (missing.isEmpty()) {
			return List.of();
		}
		for (String description : descriptions(sentence)) {
			Set<String> named = document.after(description).orElse(null);
			if (named != null && missing.stream().allMatch(m -> named.contains(m.claimTerm().text()))) {
				return missing.stream().map(m -> new TermMatch(m.claimTerm(), References.CREDIT, null, true, TermMatch.How.REFERENCE))
						.toList();
			}
		}
		return List.of();
	}

	/**
	 * The sentence's definite descriptions that name no one: a definite article, adjectives and a
	 * noun with no name after it (der deutsche Innenminister), as written from the first adjective on.
	 */
	private static List<String> descriptions(AnalyzedText sentence) {
		List<String> found = new ArrayList<>();
		List<String> tags = sentence.tags();
		for (int i = 0; i + 1 < tags.size(); i++) {
			if (!tags.get(i).equals("DET") || !DEFINITE.contains(sentence.lowerCaseWords().get(i))) {
				continue;
			}
			int noun = i + 1;
			while (noun < tags.size() && tags.get(noun).equals("ADJ")) {
				noun++;
			}
			if (noun < tags.size() && tags.get(noun).equals("NOUN") && (noun + 1 >= tags.size() || !tags.get(noun + 1).equals("PROPN"))) {
				found.add(sentence.text().substring(sentence.tokens().get(i + 1).start(), sentence.tokens().get(noun).end()));
			}
		}
		return found;
	}
}
