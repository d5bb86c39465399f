package org.factcheck.checkers.names.roles;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A role as a text states it: what it is, for which portfolio or body, and for which country or
 * organisation ({@code Südkoreas Verteidigungsminister} → minister, verteidigung, Südkorea;
 * {@code Sprecherin des russischen Außenministeriums} → sprecher, außen, Russland).
 *
 * @param noun      the role
 * @param portfolio the portfolio or body as a {@link Portfolio} key, or null when not stated
 * @param scope     the canonical country, city or organisation it belongs to, or null when not stated
 */
public record RoleTitle(RoleNoun noun, String portfolio, String scope) {

	/** Whether both can be the same role: the same noun, and no stated portfolio or scope differs. */
	public boolean compatibleWith(RoleTitle other) {
		return noun.key().equals(other.noun.key()) && agree(portfolio, other.portfolio) && agree(scope, other.scope);
	}

	/**
	 * Whether a person holding this role cannot, at the same time, hold the other: both are offices
	 * (a minister, a spokesperson, a security adviser) and they differ in the office, the stated
	 * portfolio or the stated scope.
	 */
	public boolean excludes(RoleTitle other) {
		return noun.office() && other.noun.office() && !compatibleWith(other) || headAndMinister(this, other)
				|| headAndMinister(other, this);
	}

	/** Titles of a country's head of state. */
	private static final Set<String> HEADS_OF_STATE = Set.of("präsident", "staatschef", "staatsoberhaupt");

	/**
	 * A country's head of state and a minister of the same country (Serbiens Präsident, Serbiens
	 * Außenminister): the head of state appoints the ministers and is none of them.
	 */
	private static boolean headAndMinister(RoleTitle head, RoleTitle minister) {
		return HEADS_OF_STATE.contains(head.noun.key()) && minister.noun.key().equals("minister") && head.portfolio == null
				&& head.scope != null && head.scope.equals(minister.scope);
	}

	/**
	 * Whether this is the very same post as the other, so that two different holders at the same
	 * time contradict each other: a post with one holder, the same portfolio, and the same stated
	 * country or organisation.
	 */
	public boolean samePost(RoleTitle other) {
		if (!noun.key().equals(other.noun.key()) || noun.holders() == RoleNoun.Holders.MANY) {
			return false;
		}
		if (noun.holders() == RoleNoun.Holders.PORTFOLIO && (portfolio == null || other.portfolio == null)) {
			return false;
		}
		return Objects.equals(portfolio, other.portfolio) && scope != null && scope.equals(other.scope);
	}

	/** Unstated, the same, or one containing the other (Steiermark, Energie-Steiermark; Verteidigung, Landesverteidigung). */
	private static boolean agree(String a, String b) {
		if (a == null || b == null || a.equals(b)) {
			return true;
		}
		String x = fold(a);
		String y = fold(b);
		return x.contains(y) || y.contains(x);
	}

	private static String fold(String key) {
		return key.toLowerCase(Locale.GERMAN).replaceAll("[\\s\\-]", "").replace("ä", "a").replace("ö", "o").replace("ü", "u")
				.replace("ß", "ss");
	}
}
