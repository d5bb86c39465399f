package org.factcheck.checkers.names.roles;

import org.factcheck.checkers.names.entities.EntityMention;

/**
 * A role a text ascribes to a person: {@code Außenminister Cho Tae Yul}, {@code Sergej Schoigu,
 * dem Sekretär des russischen Nationalen Sicherheitsrats}, {@code X ist Verteidigungsminister}.
 *
 * @param title     the role
 * @param person    the person holding it
 * @param status    whether the text says the role is held at its time
 * @param roleToken index of the role noun's token
 * @param start     offset of the role phrase and name in the text
 * @param end       end offset, exclusive
 * @param roleStart offset of the role phrase alone
 * @param roleEnd   end offset of the role phrase alone
 */
public record RoleMention(RoleTitle title, EntityMention person, Status status, int roleToken, int start, int end,
		int roleStart, int roleEnd) {

	/** Whether the role is held at the time the text speaks of. */
	public enum Status {
		CURRENT, FORMER, FUTURE
	}
}
