package org.factcheck.checkers.names.gazetteer;

/**
 * A known entity.
 *
 * @param kind      what it is
 * @param canonical its canonical German name (Südkorea, Sankt Petersburg, NATO)
 * @param country   for a city, the canonical name of its country; otherwise null
 */
public record GazetteerEntry(EntityKind kind, String canonical, String country) {
}
