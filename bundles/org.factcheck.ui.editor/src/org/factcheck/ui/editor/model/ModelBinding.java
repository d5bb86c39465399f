package org.factcheck.ui.editor.model;

import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Binds an editor component to the {@link ClaimDocumentModel} of whatever document its viewer
 * shows, and hands it each snapshot on the UI thread while that snapshot still describes the
 * document as it is (older ones are skipped: a newer one is on its way).
 */
public final class ModelBinding implements ITextInputListener {

	private final ITextViewer viewer;
	private final Consumer<ClaimSnapshot> onSnapshot;
	private final Consumer<ClaimSnapshot> listener = this::published;
	private ClaimDocumentModel model;
	private IDocument document;

	private ModelBinding(ITextViewer viewer, Consumer<ClaimSnapshot> onSnapshot) {
		this.viewer = viewer;
		this.onSnapshot = onSnapshot;
	}

	/** Follows the viewer's document from now on; call on the UI thread. */
	public static ModelBinding install(ITextViewer viewer, Consumer<ClaimSnapshot> onSnapshot) {
		ModelBinding binding = new ModelBinding(viewer, onSnapshot);
		viewer.addTextInputListener(binding);
		binding.attach(viewer.getDocument());
		return binding;
	}

	public void uninstall() {
		viewer.removeTextInputListener(this);
		detach();
	}

	/** The model of the viewer's document, if it shows one. */
	public ClaimDocumentModel model() {
		return model;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		detach();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		attach(newInput);
	}

	private void attach(IDocument newDocument) {
		if (newDocument == null || newDocument == document) {
			return;
		}
		document = newDocument;
		model = ClaimDocumentModels.acquire(newDocument);
		model.addListener(listener);
		ClaimSnapshot latest = model.snapshot();
		if (latest != null) {
			published(latest);
		}
	}

	private void detach() {
		if (model != null) {
			model.removeListener(listener);
			ClaimDocumentModels.release(document);
		}
		model = null;
		document = null;
	}

	private void published(ClaimSnapshot snapshot) {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		Display display = viewer.getTextWidget().getDisplay();
		display.asyncExec(() -> {
			IDocument shown = document;
			if (shown != null && model != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()
					&& ClaimDocumentModel.stampOf(shown) == snapshot.stamp() && model.snapshot() == snapshot) {
				onSnapshot.accept(snapshot);
			}
		});
	}
}
