package org.factcheck.ui.editor.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.text.IDocument;

/**
 * The {@link ClaimDocumentModel} of each open claim document, shared by the editor's components
 * and counted: the first component that needs it creates it, the last one that lets go disposes it.
 */
public final class ClaimDocumentModels {

	private static final Map<IDocument, ClaimDocumentModel> MODELS = new HashMap<>();
	private static final Map<IDocument, Integer> USERS = new HashMap<>();

	private ClaimDocumentModels() {
	}

	/** The model of {@code document}, created if needed; call on the thread that changes the document. */
	public static synchronized ClaimDocumentModel acquire(IDocument document) {
		USERS.merge(document, 1, Integer::sum);
		return MODELS.computeIfAbsent(document, ClaimDocumentModel::new);
	}

	/** Lets go of the model; the last release disposes it. */
	public static synchronized void release(IDocument document) {
		Integer users = USERS.get(document);
		if (users == null) {
			return;
		}
		if (users > 1) {
			USERS.put(document, users - 1);
			return;
		}
		USERS.remove(document);
		ClaimDocumentModel model = MODELS.remove(document);
		if (model != null) {
			model.dispose();
		}
	}

	/** The model of a claim document; empty for documents that are not open as claims. */
	public static synchronized Optional<ClaimDocumentModel> find(IDocument document) {
		return Optional.ofNullable(document == null ? null : MODELS.get(document));
	}
}
