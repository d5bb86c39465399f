package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** A name after the description: up to four words, each capitalised or a particle of a name. */
	private static final Pattern NAME = Pattern.compile("\\G\\s+((?:(?:\\p{Lu}[\\p{L}'-]*|de|von|van|der|da|di|al|bin)\\s+){0,3}\\p{Lu}[\\p{L}'-]*)");

	/** An inflected ending of a description's word (deutsche, deutschen, Innenministers). */
	private static final Pattern ENDING = Pattern.compile("(e|en|er|es|em|s|n)$");

	private ApposedDescription() {
	}

	/**
	 * @param document the text of the sentence's document
	 * @return the claim's names to count as referred to
	 */
	public static List<TermMatch> credit(Alignment alignment, AnalyzedText sentence, String document) {
		List<TermMatch> missing = alignment.matches().stream()
				.filter(m -> m.claimTerm().kind() == TermKind.NAME && m.score() < References.CREDIT).toList();
		if (missing.isEmpty()) {
			return List.of();
		}
		for (String description : descriptions(sentence)) {
			Set<String> named = apposedName(document, description);
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

	/**
	 * The words of the one name the document writes after the description (its words as written, an
	 * inflected ending aside), or null if it writes it before no name or before several.
	 */
	private static Set<String> apposedName(String document, String description) {
		List<String> stems = stems(description);
		LiteralLedPattern described = new LiteralLedPattern(
				Pattern.compile("(?<!\\p{L})" + inflected(stems) + "(?!\\p{L})"), stems.get(0));
		Matcher name = NAME.matcher(document);
		Set<String> words = null;
		String last = null;
		for (MatchResult at : described.matches(document)) {
			if (!name.region(at.end(), document.length()).lookingAt()) {
				continue;
			}
			String[] parts = name.group(1).split("\\s+");
			String surname = parts[parts.length - 1];
			if (last != null && !last.equals(surname)) {
				return null;
			}
			last = surname;
			words = new HashSet<>(List.of(parts));
		}
		return words;
	}

	/** The description's words without an inflected ending (deutsch, Innenminist). */
	private static List<String> stems(String description) {
		List<String> stems = new ArrayList<>();
		for (String word : description.split("\\s+")) {
			stems.add(word.length() > 4 ? ENDING.matcher(word).replaceFirst("") : word);
		}
		return stems;
	}

	/** The stems as a pattern that allows each word an inflected ending (deutsche, deutschen). */
	private static String inflected(List<String> stems) {
		StringBuilder pattern = new StringBuilder();
		for (String stem : stems) {
			if (!pattern.isEmpty()) {
				pattern.append("\\s+");
			}
			pattern.append(Pattern.quote(stem)).append("(?:e|en|er|es|em|s|n)?");
		}
		return pattern.toString();
	}
}
