/** Folding of multi-line claims and block comments in the claim editor. */
package org.factcheck.ui.editor.folding;
