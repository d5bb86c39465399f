package org.factcheck.ui.projects;

/** The claim file a new Fact-check project starts with. */
public final class StarterClaims {

	private StarterClaims() {
	}

	public static String text() {
		return """
				// Claims of this project, checked against the documents in the folder the corpus line names.
				// Add documents with File > Import > Fact-check > Documents into Corpus, write claims below,
				// and save (or press Ctrl+Alt+V) to verify them.
				corpus "corpus"

				// A claim: its name, what it says, and optionally the documents it cites (their file names
				// without .txt), a passage they should contain, the date it is scoped to, and the verdict
				// you expect (supported, conflicting or unsourced):
				//
				// claim budget "Der Nationalrat hat das Budget für 2025 am 20. November beschlossen."
				//     cites "parlament-2024-11-20" quote "Budget für 2025 beschlossen"
				//     asof 2024-11-20
				//     expect supported
				""";
	}
}
