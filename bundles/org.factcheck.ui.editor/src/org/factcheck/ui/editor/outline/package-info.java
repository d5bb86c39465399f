/** The Outline of claim files: claims with verdict icons and their citations. */
package org.factcheck.ui.editor.outline;
