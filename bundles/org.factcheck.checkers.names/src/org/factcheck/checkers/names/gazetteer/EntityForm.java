package org.factcheck.checkers.names.gazetteer;

/** How an entity is written: by its name, as an adjective, as its inhabitants, or as a compound prefix. */
public enum EntityForm {
	/** Südkorea, Südkoreas, Sankt Petersburg, NATO, Yoon Suk Yeol. */
	NAME,
	/** südkoreanische, russischen, Wiener. */
	ADJECTIVE,
	/** Südkoreaner, Japanerin, Franzosen. */
	INHABITANT,
	/** The first part of a hyphenated compound: US-Soldaten, NATO-Gipfel. */
	PREFIX
}
