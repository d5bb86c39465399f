/** Fixes for the claim language's problems, as text edits any IDE can apply. */
package org.factcheck.claims.ide.quickfix;
