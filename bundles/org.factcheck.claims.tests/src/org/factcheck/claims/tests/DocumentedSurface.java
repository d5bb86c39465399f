package org.factcheck.claims.tests;

/** The claim file the README shows: every part of the language once. */
public final class DocumentedSurface {

	public static final String TEXT = """
			corpus "../corpus"            // optional: corpus folder, relative to this file

			claim arsenal "Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse des Kalibers 105 mm."
			    cites "001_f7fa05fd70448d5b"
			    expect supported

			claim miller "Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden."
			    cites "004_cf013e87bb0c4974" quote "Jedes Land muss seine eigene Entscheidung darüber treffen", "001_f7fa05fd70448d5b"
			    asof 2024-06-21
			""";

	private DocumentedSurface() {
	}
}
