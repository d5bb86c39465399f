package org.factcheck.corpus.formats.pdf;

import java.util.ArrayList;
import java.util.List;

/** The lines of one page in PDFBox's paragraph blocks, blank lines dropped and spaces trimmed. */
record PageLines(List<List<String>> blocks) {

	static PageLines of(String pageText) {
		List<List<String>> blocks = new ArrayList<>();
		for (String block : pageText.split(String.valueOf(PagedTextStripper.PARAGRAPH_END))) {
			List<String> lines = new ArrayList<>();
			for (String line : block.split("\n")) {
				String stripped = line.replace('\u00A0', ' ').strip().replaceAll("[ \\t]+", " ").replaceFirst("\u00AD$", "-")
						.replace("\u00AD", "");
				if (!stripped.isEmpty()) {
					lines.add(stripped);
				}
			}
			if (!lines.isEmpty()) {
				blocks.add(lines);
			}
		}
		return new PageLines(blocks);
	}

	boolean isEmpty() {
		return blocks.isEmpty();
	}

	String firstLine() {
		return blocks.isEmpty() ? null : blocks.get(0).get(0);
	}

	String lastLine() {
		if (blocks.isEmpty()) {
			return null;
		}
		List<String> last = blocks.get(blocks.size() - 1);
		return last.get(last.size() - 1);
	}

	/** This page without its first line. */
	PageLines withoutFirstLine() {
		List<List<String>> rest = new ArrayList<>(blocks);
		List<String> first = rest.remove(0);
		if (first.size() > 1) {
			rest.add(0, first.subList(1, first.size()));
		}
		return new PageLines(rest);
	}

	/** This page without its last line. */
	PageLines withoutLastLine() {
		List<List<String>> rest = new ArrayList<>(blocks);
		List<String> last = rest.remove(rest.size() - 1);
		if (last.size() > 1) {
			rest.add(last.subList(0, last.size() - 1));
		}
		return new PageLines(rest);
	}
}
