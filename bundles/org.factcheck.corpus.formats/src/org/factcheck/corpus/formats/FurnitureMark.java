package org.factcheck.corpus.formats;

import org.factcheck.corpus.FurnitureKind;

/** A span [start, end) of a document's text that its file marks as page furniture. */
public record FurnitureMark(int start, int end, FurnitureKind kind) {
}
