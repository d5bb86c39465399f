package org.factcheck.ui.views.evidence;

import java.util.List;
import java.util.Optional;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;

/** A row of the Evidence view: a finding, a passage it rests on, or a checker that failed. */
sealed interface EvidenceNode {

	/** A checker's finding; {@code deciding} when it decided the verdict. */
	record FindingNode(Finding finding, boolean deciding, List<PassageNode> passages) implements EvidenceNode {
	}

	/** A passage of a corpus document, with the document's metadata when the corpus has it. */
	record PassageNode(Evidence evidence, Optional<Document> document, Optional<CorpusStore> store)
			implements EvidenceNode {
	}

	/** A checker that failed on the claim. */
	record CheckerErrorNode(String message) implements EvidenceNode {
	}
}
