package org.factcheck.corpus.formats.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.formats.FurnitureMark;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of a page as a browser lays it out: each block on its own line (a blank line
 * around paragraphs and headings), white space collapsed, table cells separated by {@code " | "};
 * scripts, styles, hidden elements and form fields left out. Text outside the main article, and
 * furniture inside it, is kept and marked with its kind, so that offsets into the text stay valid
 * and the importer never takes it for evidence. The page's headline counts as article even where
 * it stands outside the main element.
 */
final class HtmlText {

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "canvas",
			"iframe", "object", "embed", "head", "select", "textarea", "option", "datalist", "audio", "video", "map",
			"math");
	private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
			"figure", "table", "ul", "ol", "dl", "hr", "address", "details", "section", "article", "header", "footer",
			"aside", "nav", "form", "main", "fieldset");
	private static final Set<String> LINES = Set.of("div", "li", "dt", "dd", "figcaption", "tr", "caption", "legend",
			"summary", "body", "center", "menu", "dialog", "hgroup", "tbody", "thead", "tfoot", "search");
	private static final Set<String> CELLS = Set.of("td", "th");

	/** Where an element stands relative to the main article. */
	private enum Region {
		OUTSIDE, AROUND, INSIDE
	}

	private final FurnitureClassifier classifier;
	private final Element main;
	private final Element headline;

	private final StringBuilder text = new StringBuilder();
	private final List<FurnitureMark> marks = new ArrayList<>();
	private boolean lineHasText;
	private boolean pendingSpace;
	private int pendingBreaks;
	private FurnitureKind markKind;
	private int markStart = -1;
	private int markEnd = -1;

	private HtmlText(FurnitureClassifier classifier, Element main, Element headline) {
		this.classifier = classifier;
		this.main = main;
		this.headline = headline;
	}

	/** The text of {@code body} with its furniture, {@code main} being the article element. */
	static HtmlText of(Element body, Element main, FurnitureClassifier classifier) {
		HtmlText builder = new HtmlText(classifier, main, headline(body, main, classifier));
		builder.walk(body, null, body == main ? Region.INSIDE : Region.AROUND, false);
		builder.closeMark();
		return builder;
	}

	String text() {
		return text.toString();
	}

	List<FurnitureMark> furniture() {
		return List.copyOf(marks);
	}

	/** Whether a browser would not show the element at all. */
	static boolean isHidden(Element element) {
		if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
				|| element.normalName().equals("input") && !isButton(element)) {
			return true;
		}
		String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
		return style.contains("display:none") || style.contains("visibility:hidden");
	}

	private static boolean isButton(Element input) {
		String type = input.attr("type").toLowerCase(Locale.ROOT);
		return type.equals("submit") || type.equals("button") || type.equals("reset");
	}

	/**
	 * The page's headline: the main element's first {@code h1}, else the first {@code h1} of the page
	 * that is not inside navigation, asides, footers, forms or other furniture but a page header.
	 */
	private static Element headline(Element body, Element main, FurnitureClassifier classifier) {
		Element own = main.selectFirst("h1");
		if (own != null) {
			return own;
		}
		for (Element h1 : body.select("h1")) {
			boolean furniture = false;
			for (Element parent = h1.parent(); parent != null && parent != body && !furniture; parent = parent.parent()) {
				FurnitureKind kind = parent.normalName().equals("header") ? null : classifier.kindOf(parent, false);
				furniture = kind != null || isHidden(parent);
			}
			if (!furniture) {
				return h1;
			}
		}
		return null;
	}

	private void walk(Node node, FurnitureKind kind, Region region, boolean preformatted) {
		if (node instanceof TextNode textNode) {
			FurnitureKind textKind = kind == null && region == Region.AROUND && !textNode.isBlank() ? FurnitureKind.OTHER : kind;
			append(textNode.getWholeText(), textKind, preformatted);
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		String tag = element.normalName();
		if (SKIPPED.contains(tag) || isHidden(element)) {
			return;
		}
		Region own = region;
		FurnitureKind ownKind = kind;
		if (region == Region.AROUND) {
			if (element == main) {
				own = Region.INSIDE;
			} else if (!contains(element, main)) {
				own = Region.OUTSIDE;
			}
		}
		if (own == Region.OUTSIDE && kind == null) {
			if (element == headline) {
				own = Region.INSIDE;
			} else if (headline != null && contains(element, headline)) {
				own = Region.AROUND;
			} else {
				FurnitureKind classified = classifier.kindOf(element, false);
				ownKind = classified != null ? classified : FurnitureKind.OTHER;
			}
		} else if (own == Region.INSIDE && kind == null && element != main && element != headline) {
			ownKind = classifier.kindOf(element, true);
		}
		boolean pre = preformatted || tag.equals("pre");
		if (tag.equals("br")) {
			lineBreak(1);
			return;
		}
		if (tag.equals("input")) {
			append(" " + element.attr("value") + " ", ownKind == null && own == Region.AROUND ? FurnitureKind.OTHER : ownKind, false);
			return;
		}
		int breaks = PARAGRAPHS.contains(tag) ? 2 : LINES.contains(tag) ? 1 : 0;
		lineBreak(breaks);
		if (CELLS.contains(tag) && element.elementSiblingIndex() > 0) {
			append(" | ", ownKind, false);
		}
		if (tag.equals("q")) {
			append("„", ownKind, false);
		}
		for (Node child : element.childNodes()) {
			walk(child, ownKind, own, pre);
		}
		if (tag.equals("q")) {
			append("“", ownKind, false);
		}
		lineBreak(breaks);
	}

	/** Whether {@code inner} is {@code outer} or lies inside it. */
	private static boolean contains(Element outer, Element inner) {
		for (Element e = inner; e != null; e = e.parent()) {
			if (e == outer) {
				return true;
			}
		}
		return false;
	}

	private void lineBreak(int breaks) {
		if (lineHasText || pendingBreaks > 0) {
			pendingBreaks = Math.max(pendingBreaks, breaks);
		}
		if (breaks > 0) {
			pendingSpace = false;
		}
	}

	private void append(String s, FurnitureKind kind, boolean preformatted) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (preformatted && (c == '\n' || c == '\r')) {
				if (c == '\n') {
					lineBreak(1);
				}
			} else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
				pendingSpace = lineHasText;
			} else {
				emit(c, kind);
			}
		}
	}

	private void emit(char c, FurnitureKind kind) {
		if (pendingBreaks > 0 && text.length() > 0) {
			text.append(pendingBreaks >= 2 ? "\n\n" : "\n");
			lineHasText = false;
		} else if (pendingSpace && lineHasText) {
			text.append(' ');
		}
		pendingBreaks = 0;
		pendingSpace = false;
		int at = text.length();
		text.append(c);
		lineHasText = true;
		mark(at, kind);
	}

	private void mark(int at, FurnitureKind kind) {
		if (kind != markKind) {
			closeMark();
			markKind = kind;
			markStart = at;
		}
		markEnd = at + 1;
	}

	private void closeMark() {
		if (markKind != null && markStart >= 0) {
			marks.add(new FurnitureMark(markStart, markEnd, markKind));
		}
		markKind = null;
		markStart = -1;
	}
}
