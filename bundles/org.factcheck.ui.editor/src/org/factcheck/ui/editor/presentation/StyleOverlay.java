package org.factcheck.ui.editor.presentation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.swt.custom.StyleRange;

/**
 * Lays semantic style ranges over lexical ones in one pass: where a semantic range covers text,
 * its colour replaces the lexical colour and its font style is added. Both lists are sorted and
 * free of overlaps; so is the result. (TextPresentation's own merging inserts range by range,
 * which takes quadratic time on a whole file of thousands of claims.)
 */
final class StyleOverlay {

	private StyleOverlay() {
	}

	static List<StyleRange> merge(Iterator<StyleRange> base, List<StyleRange> overlay) {
		List<StyleRange> result = new ArrayList<>();
		int next = 0;
		int covered = Integer.MIN_VALUE;
		while (base.hasNext()) {
			StyleRange range = base.next();
			int start = range.start;
			int end = range.start + range.length;
			while (next < overlay.size() && overlay.get(next).start + overlay.get(next).length <= start) {
				addUncovered(result, overlay.get(next++), covered);
			}
			int at = start;
			for (int i = next; i < overlay.size() && overlay.get(i).start < end; i++) {
				StyleRange over = overlay.get(i);
				int from = Math.max(at, over.start);
				int to = Math.min(end, over.start + over.length);
				if (from > at) {
					result.add(piece(range, at, from));
				}
				if (to > from) {
					result.add(combined(range, over, from, to));
					at = to;
				}
			}
			if (end > at) {
				result.add(piece(range, at, end));
			}
			covered = end;
		}
		while (next < overlay.size()) {
			addUncovered(result, overlay.get(next++), covered);
		}
		result.sort((a, b) -> Integer.compare(a.start, b.start));
		return result;
	}

	/** An overlay range that lies where the base has no range (only its part after {@code covered}). */
	private static void addUncovered(List<StyleRange> result, StyleRange over, int covered) {
		int from = Math.max(over.start, covered);
		int to = over.start + over.length;
		if (to > from) {
			StyleRange copy = (StyleRange) over.clone();
			copy.start = from;
			copy.length = to - from;
			result.add(copy);
		}
	}

	private static StyleRange piece(StyleRange range, int from, int to) {
		StyleRange copy = (StyleRange) range.clone();
		copy.start = from;
		copy.length = to - from;
		return copy;
	}

	private static StyleRange combined(StyleRange base, StyleRange over, int from, int to) {
		StyleRange copy = piece(base, from, to);
		if (over.foreground != null) {
			copy.foreground = over.foreground;
		}
		if (over.background != null) {
			copy.background = over.background;
		}
		copy.fontStyle |= over.fontStyle;
		copy.underline |= over.underline;
		if (over.underline) {
			copy.underlineStyle = over.underlineStyle;
		}
		return copy;
	}
}
