package org.factcheck.checkers.dates.stated;

/**
 * What a stated date is for, from the word before it: the time of an event or state ({@code am},
 * {@code im}, none), or the start or end of a state ({@code seit}, {@code bis} ...). Only dates in
 * the same role are compared.
 */
public enum Role {
	AT(""), SINCE("since "), UNTIL("until "), FROM("from "), BEFORE("before "), AFTER("after ");

	private final String english;

	Role(String english) {
		this.english = english;
	}

	/** The English preposition for messages, with a trailing space; empty for {@link #AT}. */
	public String english() {
		return english;
	}
}
