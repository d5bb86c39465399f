package org.factcheck.checkers.names.entities;

import java.util.List;

import org.factcheck.checkers.names.gazetteer.EntityForm;
import org.factcheck.checkers.names.gazetteer.EntityKind;

/**
 * A named entity found in an analysed text.
 *
 * @param kind      what it is
 * @param canonical the canonical name of a known entity (Südkorea, NATO); for persons and other
 *                  names the name's comparison keys joined by spaces
 * @param form      how it is written
 * @param first     index of its first token
 * @param last      index of its last token
 * @param start     offset of its first character in the text
 * @param end       end offset, exclusive
 * @param text      the text as written
 */
public record EntityMention(EntityKind kind, String canonical, EntityForm form, int first, int last, int start, int end,
		String text) {

	public boolean isNamed() {
		return kind == EntityKind.PERSON || kind == EntityKind.NAME;
	}

	/** The comparison keys of a person's or other name's parts (Kim Jong-un → kim, jong, un). */
	public List<String> nameKeys() {
		return PersonNames.keys(text);
	}

	public boolean covers(int tokenIndex) {
		return tokenIndex >= first && tokenIndex <= last;
	}

	/** Whether this mention and another name the same entity. */
	public boolean sameEntity(EntityMention other) {
		if (isNamed() || other.isNamed()) {
			return isNamed() && other.isNamed() && PersonNames.samePerson(nameKeys(), other.nameKeys());
		}
		return canonical.equals(other.canonical);
	}
}
