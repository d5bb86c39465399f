package org.factcheck.corpus.store.importer;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.text.segment.TextSpan;

/** A part of a document's text that is page furniture, not article. */
public record FurnitureSpan(TextSpan span, FurnitureKind kind) {
}
