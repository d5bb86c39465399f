package org.factcheck.checkers.names.gazetteer;

/**
 * A known entity found in a token list.
 *
 * @param first index of its first token
 * @param last  index of its last token
 * @param entry the entity
 * @param form  how it is written
 */
public record GazetteerMatch(int first, int last, GazetteerEntry entry, EntityForm form) {
}
