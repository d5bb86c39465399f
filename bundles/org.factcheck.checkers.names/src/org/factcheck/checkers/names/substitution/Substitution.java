package org.factcheck.checkers.names.substitution;

import org.factcheck.checkers.names.entities.EntityMention;

/**
 * An entity of the claim that a sentence replaces with another of the same kind in the same place
 * of the statement (Sankt Petersburg → Kasan).
 *
 * @param claimEntity    the claim's entity, which the sentence does not mention
 * @param sentenceEntity the sentence's entity, which the claim does not mention
 */
public record Substitution(EntityMention claimEntity, EntityMention sentenceEntity) {
}
