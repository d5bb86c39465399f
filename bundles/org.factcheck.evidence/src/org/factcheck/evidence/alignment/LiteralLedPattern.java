package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which begins with {@code literal} (a look-behind may come first): its
 * matches in a text, the very ones {@link Matcher#find()} gives one after the other, found by
 * looking for the literal and trying the pattern only where it stands. A pattern opening with a
 * look-behind is otherwise tried at every position of the text. An empty literal leads to every
 * position: the pattern is tried at each.
 */
public record LiteralLedPattern(Pattern pattern, String literal) {

	/** The pattern's matches in the text, in text order, as successive {@link Matcher#find()}s give them. */
	public List<MatchResult> matches(String text) {
		if (literal.isEmpty()) {
			return pattern.matcher(text).results().toList();
		}
		List<MatchResult> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int from = 0;
		int at;
		while (from <= text.length() && (at = text.indexOf(literal, from)) >= 0) {
			if (at > from && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at))) {
				// Within a surrogate pair, where a pattern may or may not be tried: the pattern's own search decides.
				matcher.region(at - 1, text.length());
				if (!matcher.find()) {
					break;
				}
			} else {
				matcher.region(at, text.length());
				if (!matcher.lookingAt()) {
					from = at + 1;
					continue;
				}
			}
			found.add(matcher.toMatchResult());
			from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
		}
		return found;
	}
}
