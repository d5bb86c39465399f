package org.factcheck.corpus.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Furniture;

/**
 * The parts of a text covered by ranges (page furniture, quotations), merged into ordered,
 * disjoint ranges, so that asking about a span costs a binary search and one pass over the span,
 * not a pass over every range. Immutable; thread-safe.
 */
public final class RangeCoverage {

	private final String text;
	private final int[] starts;
	private final int[] ends;

	private RangeCoverage(String text, int[] starts, int[] ends) {
		this.text = text;
		this.starts = starts;
		this.ends = ends;
	}

	/** The coverage of {@code ranges} (pairs of start and end offsets into {@code text}, in any order, may overlap). */
	public static RangeCoverage of(String text, List<int[]> ranges) {
		List<int[]> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparingInt((int[] r) -> r[0]));
		int[] starts = new int[sorted.size()];
		int[] ends = new int[sorted.size()];
		int n = 0;
		for (int[] range : sorted) {
			if (range[1] <= range[0]) {
				continue;
			}
			if (n > 0 && range[0] <= ends[n - 1]) {
				ends[n - 1] = Math.max(ends[n - 1], range[1]);
			} else {
				starts[n] = range[0];
				ends[n] = range[1];
				n++;
			}
		}
		return new RangeCoverage(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
	}

	/** The coverage of a content's {@link Furniture} annotations, computed once per content. */
	public static RangeCoverage furnitureOf(Content content) {
		synchronized (content) {
			int annotations = content.getAnnotations().size();
			for (Object adapter : content.eAdapters()) {
				if (adapter instanceof Cached cached && cached.annotations == annotations) {
					return cached.coverage;
				}
			}
			content.eAdapters().removeIf(Cached.class::isInstance);
			List<int[]> ranges = new ArrayList<>();
			for (Annotation annotation : content.getAnnotations()) {
				if (annotation instanceof Furniture) {
					ranges.add(new int[] { annotation.getStart(), annotation.getEnd() });
				}
			}
			RangeCoverage coverage = of(content.getText() == null ? "" : content.getText(), ranges);
			content.eAdapters().add(new Cached(coverage, annotations));
			return coverage;
		}
	}

	/** Whether the ranges cover at least half of the non-space characters of [start, end) (and there are some). */
	public boolean coversMostOf(int start, int end) {
		int first = firstEndingAfter(start);
		if (first >= starts.length || starts[first] >= end) {
			// no range reaches into [start, end): nothing of it is covered
			return false;
		}
		int all = 0;
		for (int i = start; i < end; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				all++;
			}
		}
		if (all == 0) {
			return false;
		}
		int covered = 0;
		for (int r = first; r < starts.length && starts[r] < end; r++) {
			for (int i = Math.max(start, starts[r]); i < Math.min(end, ends[r]); i++) {
				if (!Character.isWhitespace(text.charAt(i))) {
					covered++;
				}
			}
		}
		return covered * 2 >= all;
	}

	/** Whether one (merged) range contains all of [start, end). */
	public boolean contains(int start, int end) {
		int r = firstEndingAfter(start);
		return r < starts.length && starts[r] <= start && ends[r] >= end;
	}

	/** The index of the first range that ends after {@code offset}. */
	private int firstEndingAfter(int offset) {
		int low = 0;
		int high = ends.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ends[middle] <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** Keeps a content's coverage with the content (which does not change once loaded). */
	private static final class Cached extends AdapterImpl {
		private final RangeCoverage coverage;
		private final int annotations;

		Cached(RangeCoverage coverage, int annotations) {
			this.coverage = coverage;
			this.annotations = annotations;
		}
	}
}
