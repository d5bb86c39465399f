/**
 * Syntax error messages in the words of the claim language.
 */
package org.factcheck.claims.parser;
