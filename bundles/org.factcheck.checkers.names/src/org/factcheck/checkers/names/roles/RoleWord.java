package org.factcheck.checkers.names.roles;

/**
 * A word naming a role, taken apart: {@code US-Verteidigungsminister} → minister, modifier
 * Verteidigung, prefix US; {@code Außenministeriumssprecherin} → sprecher, modifier
 * Außenministeriums.
 *
 * @param noun     the role
 * @param modifier the compound's first part as written (the portfolio or body), or null
 * @param prefix   the part before a hyphen (US, NATO, ÖBB), or null
 * @param former   whether the word itself says the role is no longer held (Ex-Präsident, Altkanzler)
 */
public record RoleWord(RoleNoun noun, String modifier, String prefix, boolean former) {

	/** The modifier as a {@link Portfolio} key, or null. */
	public String portfolio() {
		return Portfolio.key(modifier);
	}
}
