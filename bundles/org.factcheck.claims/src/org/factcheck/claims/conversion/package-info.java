/**
 * Value conversion of the claim language's terminals: string literals with their escapes, dates
 * kept as written and checked strictly.
 */
package org.factcheck.claims.conversion;
