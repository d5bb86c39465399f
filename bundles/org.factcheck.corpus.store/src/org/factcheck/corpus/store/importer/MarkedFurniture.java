package org.factcheck.corpus.store.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.factcheck.corpus.formats.FurnitureMark;
import org.factcheck.text.segment.TextSpan;

/**
 * Combines the furniture a document's file marks (the DOM of a web page, the running heads of a
 * PDF) with the furniture found in its text: the marks win, and found spans keep only what lies
 * outside them, so that no character is counted twice.
 */
final class MarkedFurniture {

	private MarkedFurniture() {
	}

	static List<FurnitureSpan> merge(List<FurnitureMark> marks, List<FurnitureSpan> found) {
		if (marks.isEmpty()) {
			return found;
		}
		List<FurnitureSpan> merged = new ArrayList<>();
		for (FurnitureMark mark : marks) {
			merged.add(new FurnitureSpan(new TextSpan(mark.start(), mark.end()), mark.kind()));
		}
		for (FurnitureSpan span : found) {
			int start = span.span().start();
			int end = span.span().end();
			for (FurnitureMark mark : marks) {
				if (mark.end() <= start || mark.start() >= end) {
					continue;
				}
				if (mark.start() > start) {
					merged.add(new FurnitureSpan(new TextSpan(start, mark.start()), span.kind()));
				}
				start = Math.max(start, mark.end());
				if (start >= end) {
					break;
				}
			}
			if (start < end) {
				merged.add(new FurnitureSpan(new TextSpan(start, end), span.kind()));
			}
		}
		merged.sort(Comparator.comparingInt((FurnitureSpan f) -> f.span().start()));
		return merged;
	}
}
