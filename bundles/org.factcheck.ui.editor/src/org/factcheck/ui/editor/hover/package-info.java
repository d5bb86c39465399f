/** Hovers of the claim editor: cited documents and the claims' verdicts, rendered without a browser. */
package org.factcheck.ui.editor.hover;
