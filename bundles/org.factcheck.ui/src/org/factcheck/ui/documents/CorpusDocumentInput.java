package org.factcheck.ui.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.FactcheckImages;
import org.factcheck.ui.FactcheckUi;

/**
 * A corpus document as an editor input: its text exactly as the corpus store holds it, so that
 * evidence offsets select the right characters whatever the source file's format.
 */
public final class CorpusDocumentInput implements IStorageEditorInput {

	private final CorpusStore store;
	private final String documentId;

	public CorpusDocumentInput(CorpusStore store, String documentId) {
		this.store = Objects.requireNonNull(store);
		this.documentId = Objects.requireNonNull(documentId);
	}

	public CorpusStore store() {
		return store;
	}

	public String documentId() {
		return documentId;
	}

	/** The document's metadata, if the corpus (still) has it. */
	public java.util.Optional<Document> document() {
		return store.document(documentId);
	}

	@Override
	public IStorage getStorage() {
		return new DocumentStorage();
	}

	@Override
	public boolean exists() {
		return store.document(documentId).isPresent();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return FactcheckUi.imageDescriptor(FactcheckImages.DOCUMENT);
	}

	@Override
	public String getName() {
		return documentId;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		String title = store.document(documentId).map(Document::getTitle).orElse(null);
		return title == null ? documentId : documentId + " — " + title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CorpusDocumentInput input && input.documentId.equals(documentId)
				&& (input.store == store || input.store.corpusDirectory().equals(store.corpusDirectory()));
	}

	@Override
	public int hashCode() {
		return Objects.hash(store.corpusDirectory(), documentId);
	}

	private final class DocumentStorage implements IEncodedStorage {

		@Override
		public InputStream getContents() throws CoreException {
			String text = store.content(documentId).map(Content::getText).orElseThrow(() -> new CoreException(
					Status.error("The corpus " + store.corpusDirectory() + " has no document " + documentId)));
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public IPath getFullPath() {
			return null;
		}

		@Override
		public String getName() {
			return documentId;
		}

		@Override
		public boolean isReadOnly() {
			return true;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}
}
