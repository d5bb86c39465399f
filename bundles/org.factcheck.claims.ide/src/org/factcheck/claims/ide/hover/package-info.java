/**
 * Hover documentation of cited documents.
 */
package org.factcheck.claims.ide.hover;
