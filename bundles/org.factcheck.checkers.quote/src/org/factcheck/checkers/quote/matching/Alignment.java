package org.factcheck.checkers.quote.matching;

import java.util.ArrayList;
import java.util.List;

/** Word-level edit alignment of a quote with a passage of the same size. */
record Alignment(int distance, int from, int length, List<String> differences, boolean numbersDiffer,
		boolean inflectionOnly, int matchedContentWords) {

	Alignment at(int start) {
		return new Alignment(distance, start, length, differences, numbersDiffer, inflectionOnly, matchedContentWords);
	}

	static Alignment of(List<WordToken> quote, List<WordToken> passage) {
		int m = quote.size();
		int n = passage.size();
		int[][] cost = new int[m + 1][n + 1];
		for (int i = 0; i <= m; i++) {
			cost[i][0] = i;
		}
		for (int j = 0; j <= n; j++) {
			cost[0][j] = j;
		}
		for (int i = 1; i <= m; i++) {
			for (int j = 1; j <= n; j++) {
				int substitution = cost[i - 1][j - 1] + (quote.get(i - 1).text().equals(passage.get(j - 1).text()) ? 0 : 1);
				cost[i][j] = Math.min(substitution, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
			}
		}
		List<String> differences = new ArrayList<>();
		boolean numbersDiffer = false;
		boolean inflectionOnly = true;
		int matchedContent = 0;
		int i = m;
		int j = n;
		while (i > 0 || j > 0) {
			if (i > 0 && j > 0 && quote.get(i - 1).text().equals(passage.get(j - 1).text())
					&& cost[i][j] == cost[i - 1][j - 1]) {
				if (quote.get(i - 1).text().length() > 3) {
					matchedContent++;
				}
				i--;
				j--;
			} else if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + 1) {
				WordToken q = quote.get(i - 1);
				WordToken p = passage.get(j - 1);
				differences.add(0, q.text() + " \u2192 " + p.text());
				numbersDiffer |= q.isNumber() || p.isNumber();
				inflectionOnly &= sameWordOtherForm(q.text(), p.text());
				i--;
				j--;
			} else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
				differences.add(0, quote.get(i - 1).text() + " \u2192 (missing)");
				numbersDiffer |= quote.get(i - 1).isNumber();
				inflectionOnly = false;
				i--;
			} else {
				differences.add(0, "(added) \u2192 " + passage.get(j - 1).text());
				numbersDiffer |= passage.get(j - 1).isNumber();
				inflectionOnly = false;
				j--;
			}
		}
		return new Alignment(cost[m][n], 0, n, differences, numbersDiffer, inflectionOnly && !differences.isEmpty(),
				matchedContent);
	}

	/** Whether two words differ only in their ending, as inflected forms of one word do (muss/müsse). */
	private static boolean sameWordOtherForm(String a, String b) {
		if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
			return false;
		}
		String x = foldUmlauts(a);
		String y = foldUmlauts(b);
		int common = 0;
		while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
			common++;
		}
		return common >= 3 && common >= Math.min(x.length(), y.length()) - 2;
	}

	private static String foldUmlauts(String word) {
		return word.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u');
	}
}
