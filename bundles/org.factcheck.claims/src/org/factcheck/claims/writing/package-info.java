/**
 * Writing claim files in the surface syntax, for tools that produce them.
 */
package org.factcheck.claims.writing;
