package org.factcheck.checkers.names.roles;

import java.util.Locale;

/**
 * Comparison keys for what a role is responsible for, so that the ways German names a portfolio
 * compare equal: Außenminister, Sprecher des Außenministeriums, Außenamtssprecher → außen;
 * Regierungssprecher, Sprecher der Regierung → regierung.
 */
public final class Portfolio {

	private static final String[] BODY_SUFFIXES = { "ministeriums", "ministerium", "amtes", "amts", "amt", "behörde",
			"ressorts", "ressort" };
	private static final String[] LINKING_S = { "ungs", "heits", "keits", "schafts", "ions", "tats", "ums", "ats" };

	private Portfolio() {
	}

	/** The key of a portfolio word or compound part, or null for a blank one. */
	public static String key(String word) {
		if (word == null || word.isBlank()) {
			return null;
		}
		String key = word.strip().toLowerCase(Locale.GERMAN).replace("-", "");
		for (String suffix : BODY_SUFFIXES) {
			if (key.endsWith(suffix) && key.length() > suffix.length() + 2) {
				key = key.substring(0, key.length() - suffix.length());
				break;
			}
		}
		for (String linking : LINKING_S) {
			if (key.endsWith(linking)) {
				key = key.substring(0, key.length() - 1);
				break;
			}
		}
		if (key.endsWith("es") && key.length() > 5) {
			key = key.substring(0, key.length() - 2);
		} else if (key.endsWith("s") && key.length() > 5 && !key.endsWith("ss")) {
			key = key.substring(0, key.length() - 1);
		}
		return key.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
	}
}
