/**
 * The claim language's view of open documents: parsed and validated in the background, published
 * as immutable snapshots that the editor's components read.
 */
package org.factcheck.ui.editor.model;
