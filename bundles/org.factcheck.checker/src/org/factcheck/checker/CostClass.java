package org.factcheck.checker;

/**
 * How expensive a checker is, so that tools can choose when to run it (like Xtext's CheckType):
 * the editor runs {@link #FAST} checkers as the user types, {@link #NORMAL} ones on save and
 * {@link #EXPENSIVE} ones on explicit request; the command line runs all of them by default.
 */
public enum CostClass {
	FAST, NORMAL, EXPENSIVE
}
