/** Ctrl+click in claim files: cited documents and the passages that decide claims. */
package org.factcheck.ui.editor.hyperlinks;
