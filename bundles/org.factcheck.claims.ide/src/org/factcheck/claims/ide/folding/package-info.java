/** Folding ranges of claim files for any editor. */
package org.factcheck.claims.ide.folding;
