package com.example.factcheck.verbatim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.text.data.DataFile;

/**
 * Finds the claim word for word in a sentence of a document it cites — case, punctuation and the
 * filler words of {@code data/filler-words.txt} aside — and reports that sentence as support.
 * A template: copy it, rename it, and put your own rule in {@link #check}.
 */
public final class VerbatimChecker implements Checker {

	/** The id of plugin.xml; every finding carries it. */
	public static final String ID = "com.example.factcheck.verbatim";

	/** The preference declared in plugin.xml: claims with fewer words are not looked for. */
	static final String MINIMUM_WORDS = "minimumWords";

	/** Read once, from this bundle's data/ folder; shared by all threads (immutable). */
	private static final Set<String> FILLER_WORDS = Set.copyOf(DataFile.lines(VerbatimChecker.class, "data/filler-words.txt"));

	@Override
	public List<Finding> check(Claim claim, CheckContext context) {
		List<String> claimWords = words(claim.text());
		if (claimWords.size() < minimumWords(context)) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (Citation citation : claim.citations()) {
			if (context.isCancelled()) {
				return List.of(); // the engine gave up on this claim: return at once
			}
			Optional<Content> content = context.corpus().content(citation.documentId());
			if (content.isEmpty()) {
				continue;
			}
			// The document's sentences without page furniture, shared with the other checkers.
			for (Sentence sentence : DocumentSentences.of(content.get()).evidence()) {
				if (containsRun(words(sentence.getText()), claimWords)) {
					findings.add(Finding.assessment(ID, Verdict.SUPPORTED, 0.9,
							citation.documentId() + " says it word for word: \u201E" + sentence.getText().strip() + "\u201C",
							List.of(Evidence.of(citation.documentId(), content.get(), sentence))));
					break;
				}
			}
		}
		return findings;
	}

	private static int minimumWords(CheckContext context) {
		try {
			return Integer.parseInt(context.preferences().get(MINIMUM_WORDS, "4").strip());
		} catch (NumberFormatException e) {
			return 4;
		}
	}

	/** The text's words in lower case, without punctuation and filler words. */
	static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.GERMAN).split("[^\\p{L}\\p{N}]+"))
				.filter(word -> !word.isEmpty() && !FILLER_WORDS.contains(word)).toList();
	}

	static boolean containsRun(List<String> sentence, List<String> run) {
		return java.util.Collections.indexOfSubList(sentence, run) >= 0;
	}
}
