package org.factcheck.text.numbers;

/** How a text qualifies a number. */
public enum Qualifier {
	/** As stated: 3.000 Soldaten. */
	EXACT,
	/** rund, etwa, ca., knapp, fast: within about ten percent. */
	APPROXIMATELY,
	/** mindestens, gut, Tausende. */
	AT_LEAST,
	/** über, mehr als. */
	MORE_THAN,
	/** höchstens, bis zu. */
	AT_MOST,
	/** weniger als, unter. */
	LESS_THAN,
	/** zwischen 3 und 5, 3 bis 5: from value to upperValue. */
	RANGE
}
