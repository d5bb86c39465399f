package org.factcheck.checkers.dates.stated;

/**
 * What a stated date is for, from the word before it: the time of an event or state ({@code am},
 * {@code im}, none), the start or end of a state ({@code seit}, {@code bis} ...), or part of the
 * name of a thing ({@code die Wien-Wahl 2015}, {@code das Budget 2016}). Only dates in the same role
 * are compared, except that a name's year may agree with the time of an event.
 */
public enum Role {
	AT(""), SINCE("since "), UNTIL("until "), FROM("from "), BEFORE("before "), AFTER("after "),
	/** A year right after a noun, naming which one is meant: another year there is another thing. */
	LABEL("");

	private final String english;

	Role(String english) {
		this.english = english;
	}

	/** The English preposition for messages, with a trailing space; empty for {@link #AT}. */
	public String english() {
		return english;
	}

	/** Whether times in these roles can be compared. */
	public boolean comparableWith(Role other) {
		return this == other || this == LABEL && other == AT || this == AT && other == LABEL;
	}
}
