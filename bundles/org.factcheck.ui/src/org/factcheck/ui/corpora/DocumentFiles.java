package org.factcheck.ui.corpora;

import java.util.Locale;
import java.util.Set;

/** Which files of a folder are corpus documents, or the corpus manifest, by their names. */
public final class DocumentFiles {

	/** The extensions of documents the corpus importer reads or will read. */
	public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "html", "htm", "pdf", "jsonl");
	public static final String MANIFEST = "manifest.jsonl";

	private DocumentFiles() {
	}

	/** A document or the manifest, judged by the name; hidden files are neither. */
	public static boolean isCorpusFile(String name) {
		if (name.startsWith(".")) {
			return false;
		}
		int dot = name.lastIndexOf('.');
		return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}
}
