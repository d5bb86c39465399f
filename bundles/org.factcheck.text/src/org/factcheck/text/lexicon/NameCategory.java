package org.factcheck.text.lexicon;

/** The categories of proper names the German lexicon distinguishes. */
public enum NameCategory {
	NONE, COUNTRY, CITY, REGION, FIRST_NAME, SURNAME, WATER, MOUNTAIN, OTHER;

	static NameCategory ofTag(String code) {
		return switch (code) {
		case "COU" -> COUNTRY;
		case "STD" -> CITY;
		case "GEB", "GEO" -> REGION;
		case "VOR" -> FIRST_NAME;
		case "NAC" -> SURNAME;
		case "WAT" -> WATER;
		case "MOU" -> MOUNTAIN;
		default -> OTHER;
		};
	}

	public boolean isPlace() {
		return this == COUNTRY || this == CITY || this == REGION || this == WATER || this == MOUNTAIN;
	}

	public boolean isPerson() {
		return this == FIRST_NAME || this == SURNAME;
	}
}
