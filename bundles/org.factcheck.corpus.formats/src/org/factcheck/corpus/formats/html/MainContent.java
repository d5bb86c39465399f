package org.factcheck.corpus.formats.html;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element of a page that holds the article: among the elements that say they are one
 * ({@code article}, schema.org {@code Article} types, {@code articleBody}, {@code main}), the
 * innermost whose text is at least {@value #SHARE} of the best one's, counting only text outside
 * links and outside elements that are furniture. A page without such elements: the element whose
 * paragraphs have the most text, as readability tools do.
 */
final class MainContent {

	/** A candidate inside a bigger one wins when it has at least this share of the best text. */
	static final double SHARE = 0.8;

	private static final String CANDIDATES = "article, main, [role=main], [itemprop=articleBody], [itemtype*=Article], [itemtype*=BlogPosting]";

	private final FurnitureClassifier classifier;

	MainContent(FurnitureClassifier classifier) {
		this.classifier = classifier;
	}

	/** The element holding the article; the body when nothing stands out. */
	Element find(Element body) {
		Set<Element> candidates = new LinkedHashSet<>(body.select(CANDIDATES));
		Element best = null;
		int bestScore = 0;
		for (Element candidate : candidates) {
			int score = articleText(candidate);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		if (best == null) {
			return densestParagraphs(body);
		}
		Element chosen = best;
		for (Element candidate : candidates) {
			if (isInside(candidate, chosen) && articleText(candidate) >= SHARE * bestScore) {
				chosen = candidate;
			}
		}
		return chosen;
	}

	/** Characters of text in {@code element} outside links and outside furniture elements. */
	private int articleText(Element element) {
		int[] count = { 0 };
		count(element, count, true);
		return count[0];
	}

	private void count(Node node, int[] count, boolean top) {
		if (node instanceof TextNode text) {
			count[0] += text.text().strip().length();
			return;
		}
		if (!(node instanceof Element element) || HtmlText.isHidden(element) || element.normalName().equals("a")
				|| !top && classifier.kindOf(element, true) != null) {
			return;
		}
		for (Node child : element.childNodes()) {
			count(child, count, false);
		}
	}

	private Element densestParagraphs(Element body) {
		Element best = body;
		int bestScore = 0;
		Map<Element, Integer> scores = new HashMap<>();
		for (Element paragraph : body.select("p")) {
			Element parent = paragraph.parent();
			if (parent == null) {
				continue;
			}
			int score = scores.merge(parent, articleText(paragraph), Integer::sum);
			if (score > bestScore) {
				best = parent;
				bestScore = score;
			}
		}
		return best;
	}

	private static boolean isInside(Element inner, Element outer) {
		for (Element parent = inner.parent(); parent != null; parent = parent.parent()) {
			if (parent == outer) {
				return true;
			}
		}
		return false;
	}
}
