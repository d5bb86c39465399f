package org.factcheck.corpus.formats;

import java.time.LocalDate;

/**
 * Metadata a document's file states about it; null where it says nothing.
 *
 * @param author   who wrote it; several authors joined by {@code ", "}
 * @param language the language tag the file declares ({@code de}, {@code de-AT})
 */
public record SourceMetadata(String title, String url, String publisher, LocalDate published, String author,
		String section, String language) {

	public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null, null, null);
}
