package org.factcheck.lsp.verification;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.factcheck.checker.Evidence;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.linking.WrittenDocumentId;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.text.LinePosition;

import com.google.inject.Inject;

/**
 * Where documents and passages are in the files of the corpus, for editors: a text file's passage
 * by line and character, a document of a JSON lines dump by its line, other formats (web pages,
 * PDF) at the start of their file, since their stored text is not the file's.
 */
public class DocumentLocations {

	@Inject
	private CorpusProvider corpora;

	@Inject
	private WrittenDocumentId writtenDocumentId;

	/** The file of the document a citation names. */
	public Optional<Location> of(Citation citation) {
		if (citation.eResource() == null) {
			return Optional.empty();
		}
		Optional<String> id = writtenDocumentId.of(citation);
		return id.flatMap(documentId -> corpora.view(citation.eResource()).flatMap(view -> view.document(documentId)))
				.flatMap(DocumentLocations::start);
	}

	/** The passage in its document's file. */
	public static Optional<Location> of(CorpusStore corpus, Evidence evidence) {
		Optional<Document> document = corpus.document(evidence.documentId());
		if (document.isEmpty() || document.get().getPath() == null) {
			return Optional.empty();
		}
		if (!document.get().getPath().toLowerCase(Locale.ROOT).endsWith(".txt")) {
			return start(document.get());
		}
		Optional<Content> content = corpus.content(evidence.documentId());
		return content.map(c -> new Location(uri(document.get()),
				new Range(position(c.getText(), evidence.start()), position(c.getText(), evidence.end()))));
	}

	private static Optional<Location> start(Document document) {
		if (document.getPath() == null) {
			return Optional.empty();
		}
		int line = Math.max(0, document.getSourceLine() - 1);
		return Optional.of(new Location(uri(document), new Range(new Position(line, 0), new Position(line, 0))));
	}

	private static String uri(Document document) {
		return Path.of(document.getPath()).toUri().toString();
	}

	/** The LSP position (0-based line, UTF-16 character) of an offset into text. */
	static Position position(String text, int offset) {
		LinePosition position = LinePosition.of(text, offset);
		return new Position(position.line() - 1, position.offset() - position.lineStart());
	}
}
