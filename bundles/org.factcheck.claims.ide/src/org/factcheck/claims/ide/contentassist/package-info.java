/**
 * Content assist of the claim language for any IDE: document ids, passages of the cited document, keywords.
 */
package org.factcheck.claims.ide.contentassist;
