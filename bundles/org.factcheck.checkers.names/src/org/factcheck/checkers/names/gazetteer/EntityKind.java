package org.factcheck.checkers.names.gazetteer;

/**
 * What a named entity is. Only entities of the same kind can replace each other in a statement;
 * {@link #NAME} is a proper name of unknown kind and never does.
 */
public enum EntityKind {
	PERSON("person"), COUNTRY("country"), CITY("city"), REGION("region"), PARTY("party"), MEDIA("news source"),
	INTERNATIONAL("international organisation"), INSTITUTION("institution"), COMPANY("company"), NAME("name");

	private final String label;

	EntityKind(String label) {
		this.label = label;
	}

	/** How a fact-checker calls it, for messages. */
	public String label() {
		return label;
	}

	public boolean isPlace() {
		return this == COUNTRY || this == CITY || this == REGION;
	}
}
