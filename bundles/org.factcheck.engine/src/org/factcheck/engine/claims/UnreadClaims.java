package org.factcheck.engine.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * Claims the parser could not read: every {@code claim NAME} at the start of a line that is
 * neither part of a parsed claim nor inside a comment (text after a comment that is never closed,
 * for example). They are reported, so that no claim of a file is left out silently.
 */
final class UnreadClaims {

	private static final Pattern CLAIM = Pattern.compile(
			"(?m)^[ \\t\\uFEFF]*(claim)[ \\t]+(\\^?[A-Za-z_\\u00C0-\\u024F][A-Za-z0-9_\\-\\u00C0-\\u024F]*)");

	/** A claim that was not read: its name and where its {@code claim} keyword is. */
	record Unread(String name, int offset) {
	}

	private UnreadClaims() {
	}

	/**
	 * @param root         the root node of the parsed file
	 * @param parsedClaims the [start, end) offsets of the claims the parser read, in order
	 */
	static List<Unread> in(ICompositeNode root, List<int[]> parsedClaims) {
		List<Unread> unread = new ArrayList<>();
		if (root == null) {
			return unread;
		}
		String text = root.getText();
		int[] comments = comments(root);
		Matcher matcher = CLAIM.matcher(text);
		while (matcher.find()) {
			int offset = matcher.start(1);
			if (!covered(offset, parsedClaims) && !inComment(offset, comments)) {
				unread.add(new Unread(matcher.group(2), offset));
			}
		}
		return unread;
	}

	/** Start and end offsets of the comments, in pairs, in order. */
	private static int[] comments(ICompositeNode root) {
		int[] ranges = new int[16];
		int n = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("COMMENT")) {
				if (n + 2 > ranges.length) {
					ranges = Arrays.copyOf(ranges, ranges.length * 2);
				}
				ranges[n++] = leaf.getOffset();
				ranges[n++] = leaf.getEndOffset();
			}
		}
		return Arrays.copyOf(ranges, n);
	}

	private static boolean covered(int offset, List<int[]> ranges) {
		int low = 0;
		int high = ranges.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ranges.get(middle)[1] <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low < ranges.size() && ranges.get(low)[0] <= offset;
	}

	private static boolean inComment(int offset, int[] pairs) {
		int low = 0;
		int high = pairs.length / 2;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (pairs[2 * middle + 1] <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low < pairs.length / 2 && pairs[2 * low] <= offset;
	}
}
