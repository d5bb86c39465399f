package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.factcheck.evidence.alignment.LiteralLedPattern;
import org.junit.jupiter.api.Test;

/**
 * A pattern led by a literal finds, by looking for the literal, exactly the matches that the
 * pattern's own search finds: the same places, groups and order, also where the literal stands
 * inside a word, overlaps itself, or the text has surrogate pairs.
 */
class LiteralLedPatternTest {

	private static final LiteralLedPattern DESCRIPTION = new LiteralLedPattern(
			Pattern.compile("(?<!\\p{L})" + Pattern.quote("deutsch") + "(?:e|en|er|es|em|s|n)?\\s+"
					+ Pattern.quote("Innenminist") + "(?:e|en|er|es|em|s|n)?(?!\\p{L})"),
			"deutsch");

	/** What successive finds give: each match's start, end and groups. */
	private static List<String> found(List<MatchResult> matches) {
		return matches.stream().map(m -> IntStream.rangeClosed(0, m.groupCount())
				.mapToObj(g -> m.start(g) + "-" + m.end(g) + ":" + m.group(g)).toList().toString()).toList();
	}

	private static void assertSameMatches(LiteralLedPattern led, String text) {
		assertEquals(found(led.pattern().matcher(text).results().toList()), found(led.matches(text)), text);
	}

	@Test
	void findsWhatTheSearchFinds() {
		String text = "Der deutsche Innenminister Thomas Brenner kam. Der undeutsche Innenminister nicht, "
				+ "der deutschen Innenministers Rede schon; deutsch Innenminister, deutschdeutsche Innenminister "
				+ "und der deutsche  Innenministerin nicht.";
		List<MatchResult> matches = DESCRIPTION.matches(text);
		assertEquals(List.of("deutsche Innenminister", "deutsch Innenminister"), matches.stream().map(MatchResult::group).toList());
		assertSameMatches(DESCRIPTION, text);
		assertEquals(List.of(), DESCRIPTION.matches("Der Innenminister kam."));
		assertEquals(List.of(), DESCRIPTION.matches(""));
	}

	@Test
	void findsWhatTheSearchFindsInRandomTexts() {
		Random random = new Random(40);
		String[] pieces = { "a", "aa", "b", " ", "(", ")", "Ab", "\uD835\uDC00", "\uD835", "\uDC00", "ä", "-" };
		List<LiteralLedPattern> patterns = List.of(
				new LiteralLedPattern(Pattern.compile("(?<!\\p{L})aa?(?:b|a)?(?!\\p{L})"), "a"),
				new LiteralLedPattern(Pattern.compile("(?<!\\p{L})(a+)(b*)"), "a"),
				new LiteralLedPattern(Pattern.compile("a(?:a|\\s)*"), "a"),
				new LiteralLedPattern(Pattern.compile("(?<=b)ab?"), "a"),
				new LiteralLedPattern(Pattern.compile("\uDC00a?"), "\uDC00"),
				new LiteralLedPattern(Pattern.compile("(?<![ab])\uDC00"), "\uDC00"),
				new LiteralLedPattern(Pattern.compile("(?<!\\p{L})\\p{L}*"), ""),
				new LiteralLedPattern(Pattern.compile("x?"), ""));
		int matched = 0;
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(25); k > 0; k--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			for (LiteralLedPattern pattern : patterns) {
				assertSameMatches(pattern, text.toString());
				matched += pattern.matches(text.toString()).size();
			}
		}
		assertTrue(matched > 10_000, matched + " matches");
	}
}
