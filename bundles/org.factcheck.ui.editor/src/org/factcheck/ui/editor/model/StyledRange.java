package org.factcheck.ui.editor.model;

/** A range of the document and the highlighting style the grammar gives it. */
public record StyledRange(int offset, int length, String style) {
}
