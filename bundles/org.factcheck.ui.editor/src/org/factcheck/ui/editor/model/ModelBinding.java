package org.factcheck.ui.editor.model;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Binds an editor component to the {@link ClaimDocumentModel} of whatever document its viewer
 * shows, and hands it each update (snapshot or problem report) on the UI thread while that update
 * still describes the document as it is (older ones are skipped: a newer one is on its way).
 *
 * @param <T> what the component follows: {@link ClaimSnapshot} or {@link ProblemReport}
 */
public final class ModelBinding<T> implements ITextInputListener {

	/** How a component subscribes to one kind of update. */
	private record Channel<T>(BiConsumer<ClaimDocumentModel, Consumer<T>> add,
			BiConsumer<ClaimDocumentModel, Consumer<T>> remove, Function<ClaimDocumentModel, T> latest,
			ToLongFunction<T> stamp) {
	}

	private static final Channel<ClaimSnapshot> SNAPSHOTS = new Channel<>(ClaimDocumentModel::addListener,
			ClaimDocumentModel::removeListener, ClaimDocumentModel::snapshot, ClaimSnapshot::stamp);

	private static final Channel<ProblemReport> PROBLEMS = new Channel<>(ClaimDocumentModel::addProblemListener,
			ClaimDocumentModel::removeProblemListener, ClaimDocumentModel::problems, ProblemReport::stamp);

	private final ITextViewer viewer;
	private final Channel<T> channel;
	private final Consumer<T> onUpdate;
	private final Consumer<T> listener = this::published;
	private ClaimDocumentModel model;
	private IDocument document;

	private ModelBinding(ITextViewer viewer, Channel<T> channel, Consumer<T> onUpdate) {
		this.viewer = viewer;
		this.channel = channel;
		this.onUpdate = onUpdate;
	}

	/** Follows the snapshots of the viewer's document from now on; call on the UI thread. */
	public static ModelBinding<ClaimSnapshot> install(ITextViewer viewer, Consumer<ClaimSnapshot> onSnapshot) {
		return install(viewer, SNAPSHOTS, onSnapshot);
	}

	/** Follows the problem reports of the viewer's document from now on; call on the UI thread. */
	public static ModelBinding<ProblemReport> installForProblems(ITextViewer viewer, Consumer<ProblemReport> onProblems) {
		return install(viewer, PROBLEMS, onProblems);
	}

	private static <T> ModelBinding<T> install(ITextViewer viewer, Channel<T> channel, Consumer<T> onUpdate) {
		ModelBinding<T> binding = new ModelBinding<>(viewer, channel, onUpdate);
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
		channel.add().accept(model, listener);
		T latest = channel.latest().apply(model);
		if (latest != null) {
			published(latest);
		}
	}

	private void detach() {
		if (model != null) {
			channel.remove().accept(model, listener);
			ClaimDocumentModels.release(document);
		}
		model = null;
		document = null;
	}

	private void published(T update) {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		Display display = viewer.getTextWidget().getDisplay();
		display.asyncExec(() -> {
			IDocument shown = document;
			if (shown != null && model != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()
					&& ClaimDocumentModel.stampOf(shown) == channel.stamp().applyAsLong(update)
					&& channel.latest().apply(model) == update) {
				onUpdate.accept(update);
			}
		});
	}
}
