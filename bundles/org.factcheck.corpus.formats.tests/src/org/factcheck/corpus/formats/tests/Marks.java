package org.factcheck.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.formats.FurnitureMark;
import org.factcheck.corpus.formats.SourceDocument;

/** Looks up what a reader marked in a document's text. */
public final class Marks {

	private Marks() {
	}

	/** The furniture kind of the mark covering all of {@code passage}, or null when it is article text. */
	public static FurnitureKind kindOf(SourceDocument document, String passage) {
		int start = document.text().indexOf(passage);
		assertTrue(start >= 0, () -> "passage not in the text: " + passage + "\n---\n" + document.text());
		int end = start + passage.length();
		FurnitureKind kind = null;
		for (FurnitureMark mark : document.furniture()) {
			if (mark.start() < end && mark.end() > start) {
				assertTrue(mark.start() <= start && mark.end() >= end, () -> "passage only partly marked: " + passage);
				kind = mark.kind();
			}
		}
		return kind;
	}

	/** Marks lie inside the text, in order, without overlapping, and begin and end on text. */
	public static void assertWellFormed(SourceDocument document) {
		int previousEnd = 0;
		for (FurnitureMark mark : document.furniture()) {
			assertTrue(mark.start() >= previousEnd && mark.end() > mark.start() && mark.end() <= document.text().length(),
					() -> "bad mark " + mark);
			assertEquals(document.text().substring(mark.start(), mark.end()).strip(),
					document.text().substring(mark.start(), mark.end()), "marks begin and end on text");
			previousEnd = mark.end();
		}
	}
}
