package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.formats.DocumentFormats;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.factcheck.corpus.store.importer.DocumentImporter;
import org.factcheck.corpus.store.importer.ImportedDocument;
import org.factcheck.corpus.store.importer.Manifest;
import org.factcheck.corpus.store.importer.ManifestReader;

/**
 * Loads document contents from a generation and checks them; a content that fails its checksum is
 * imported again from its file, so that damage never changes what a document says, and the next
 * update is asked to repair the cache.
 */
public final class ContentRepair {

	private final Path corpusDirectory;
	private final Path cacheDirectory;
	private final Generation generation;
	private final Consumer<String> damaged;
	private final ContentHandover handover;

	/**
	 * @param damaged  told the id of a document whose cached content was damaged
	 * @param handover content bytes of {@code generation} read already, used instead of reading them again
	 */
	public ContentRepair(Path corpusDirectory, Path cacheDirectory, Generation generation, Consumer<String> damaged,
			ContentHandover handover) {
		this.corpusDirectory = corpusDirectory;
		this.cacheDirectory = cacheDirectory;
		this.generation = generation;
		this.damaged = damaged;
		this.handover = handover;
	}

	/** Adds the content of {@code documentId} to the empty {@code resource}; false if there is none. */
	public boolean load(String documentId, Resource resource) {
		DocumentRecord record = generation.record(documentId);
		if (record == null) {
			return false;
		}
		try {
			byte[] bytes = handover.take(documentId);
			if (bytes == null) {
				bytes = generation.content(documentId);
			}
			if (bytes == null) {
				throw new DamagedCacheException("the content of " + documentId + " is missing");
			}
			ContentCodec.decode(documentId, bytes, resource);
			return true;
		} catch (IOException | RuntimeException e) {
			resource.getContents().clear();
			damaged.accept(documentId);
			Content content = reimport(record);
			if (content == null) {
				return false;
			}
			resource.getContents().add(content);
			return true;
		}
	}

	/** Asks the next update to import a document again ("*": everything). */
	public void request(String documentId) {
		RepairRequests.request(cacheDirectory, documentId);
	}

	private Content reimport(DocumentRecord record) {
		int part = record.source().indexOf('/');
		String name = part > 0 ? record.source().substring(0, part) : record.source();
		Path file = corpusDirectory.resolve(name);
		try {
			SourceFile source = CorpusScan.single(corpusDirectory, name);
			if (source == null) {
				return null;
			}
			byte[] bytes = SourceReading.read(source);
			DocumentSource document = DocumentSource.wholeFile(file, record.id(), bytes);
			if (part > 0) {
				document = DocumentFormats.entries(file, bytes).sources().stream().filter(s -> s.id().equals(record.id()))
						.findFirst().orElse(null);
				if (document == null) {
					return null;
				}
			}
			Manifest manifest = ManifestReader.read(corpusDirectory.resolve(Manifest.FILE_NAME));
			ImportedDocument imported = new DocumentImporter().importDocument(document,
					DocumentImporter.hash(document.bytes()), manifest.entry(record.id()).orElse(null));
			return imported.document().getContent();
		} catch (IOException | RuntimeException | UnreadableDocumentException e) {
			return null;
		}
	}
}
