package org.factcheck.ui.editor.quickfix;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.factcheck.quickfix.ClaimFix;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimDocumentModels;

/**
 * Reads and fixes claim files through the text file buffers, so that a fix made from the Problems
 * view changes the open editor's text, or the file on disk when no editor has it open.
 */
final class FileFixes {

	private FileFixes() {
	}

	/** Runs {@code reader} on the file's current state. */
	static <T> Optional<T> read(IFile file, Function<FileState, Optional<T>> reader) {
		return withDocument(file, document -> FileState.with(file, document, reader));
	}

	/** Applies the fix {@code chooser} picks from the file's current state; saves the file if no editor has it open. */
	static boolean apply(IFile file, Function<FileState, Optional<ClaimFix>> chooser) {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		return withDocument(file, document -> {
			Optional<ClaimFix> fix = FileState.with(file, document, chooser);
			if (fix.isEmpty()) {
				return Optional.of(false);
			}
			try {
				TextEdits.apply(document, fix.get().edits(), null);
				ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
				if (ClaimDocumentModels.find(document).isEmpty() && buffer != null) {
					buffer.commit(null, true);
				}
				return Optional.of(true);
			} catch (BadLocationException | CoreException e) {
				FactcheckUi.log("Cannot apply '" + fix.get().label() + "' to " + path, e);
				return Optional.of(false);
			}
		}).orElse(false);
	}

	private static <T> Optional<T> withDocument(IFile file, Function<IDocument, Optional<T>> user) {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			buffers.connect(path, LocationKind.IFILE, null);
		} catch (CoreException e) {
			FactcheckUi.log(e.getStatus());
			return Optional.empty();
		}
		try {
			ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
			return buffer == null ? Optional.empty() : user.apply(buffer.getDocument());
		} finally {
			try {
				buffers.disconnect(path, LocationKind.IFILE, null);
			} catch (CoreException e) {
				FactcheckUi.log(e.getStatus());
			}
		}
	}
}
