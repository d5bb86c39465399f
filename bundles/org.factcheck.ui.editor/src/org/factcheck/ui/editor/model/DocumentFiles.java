package org.factcheck.ui.editor.model;

import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/** The file behind a document the text file buffers hold. */
public final class DocumentFiles {

	private DocumentFiles() {
	}

	/** The workspace file of the document, when it is one. */
	public static Optional<IFile> workspaceFile(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return Optional.empty();
		}
		IPath location = buffer.getLocation();
		if (location.segmentCount() < 2) {
			return Optional.empty();
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		return file.getProject().exists() ? Optional.of(file) : Optional.empty();
	}

	/**
	 * The file URI the claim language reads the document under, so that its {@code corpus} line
	 * resolves against its folder; a made-up URI when the document has no file.
	 */
	public static URI uri(IDocument document) {
		Optional<IFile> file = workspaceFile(document);
		if (file.isPresent() && file.get().getLocation() != null) {
			return URI.createFileURI(file.get().getLocation().toOSString());
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getFileStore() != null) {
			return URI.createURI(buffer.getFileStore().toURI().toString());
		}
		return URI.createURI("memory:/document-" + System.identityHashCode(document) + ".claims");
	}
}
