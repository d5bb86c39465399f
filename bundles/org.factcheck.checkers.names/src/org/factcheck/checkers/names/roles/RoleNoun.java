package org.factcheck.checkers.names.roles;

/**
 * A role from the bundle's role table.
 *
 * @param key     the masculine form in lower case (minister, sprecher, präsident)
 * @param holders how many people hold it at a time
 * @param office  whether it is a post a person holds only one of at a time (so that another office
 *                for the same person contradicts it), rather than a title that combines with others
 */
public record RoleNoun(String key, Holders holders, boolean office) {

	/** How many people hold a role at a time, for one country or organisation. */
	public enum Holders {
		/** One: a president, a mayor, a coach. */
		ONE,
		/** One per portfolio: a defence minister, a foreign minister. */
		PORTFOLIO,
		/** Many: spokespeople, members of parliament. */
		MANY
	}
}
