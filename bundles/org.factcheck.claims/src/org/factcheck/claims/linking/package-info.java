/**
 * Linking of citations to corpus documents: the messages for citations that do not link, and the
 * document id as written.
 */
package org.factcheck.claims.linking;
