/** Fixes that verification results suggest for the claims as written, for any IDE. */
package org.factcheck.engine.fixes;
