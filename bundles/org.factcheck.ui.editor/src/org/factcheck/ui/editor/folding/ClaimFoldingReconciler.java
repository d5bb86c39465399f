package org.factcheck.ui.editor.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.IProjectionListener;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.factcheck.claims.layout.Span;
import org.factcheck.ui.editor.model.ClaimSnapshot;
import org.factcheck.ui.editor.model.ModelBinding;

/**
 * Folding of claim files: one fold per claim that spans several lines and per block comment, from
 * the claim language's folding ranges. Folds are updated by difference, so a collapsed claim stays
 * collapsed while the user types elsewhere.
 */
public class ClaimFoldingReconciler implements IReconciler, IProjectionListener {

	/** A fold of the claim editor, told apart from other projection annotations. */
	public static final class ClaimFold extends ProjectionAnnotation {
	}

	private ProjectionViewer viewer;
	private ModelBinding<ClaimSnapshot> binding;
	private ClaimSnapshot pending;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer projection) {
			viewer = projection;
			viewer.addProjectionListener(this);
			binding = ModelBinding.install(textViewer, this::show);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeProjectionListener(this);
			binding.uninstall();
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	public void projectionEnabled() {
		if (pending != null) {
			show(pending);
		}
	}

	@Override
	public void projectionDisabled() {
	}

	private void show(ClaimSnapshot snapshot) {
		ProjectionAnnotationModel folds = viewer.getProjectionAnnotationModel();
		if (folds == null) {
			pending = snapshot;
			return;
		}
		pending = null;
		IDocument document = viewer.getDocument();
		Map<Position, Span> wanted = new HashMap<>();
		for (Span span : snapshot.folds()) {
			Position lines = wholeLines(document, span);
			if (lines != null) {
				wanted.put(lines, span);
			}
		}
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> all = folds.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof ClaimFold fold) {
				Position position = folds.getPosition(fold);
				if (position == null || position.isDeleted() || wanted.remove(position) == null) {
					removed.add(fold);
				}
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		wanted.keySet().forEach(position -> added.put(new ClaimFold(), position));
		if (!removed.isEmpty() || !added.isEmpty()) {
			folds.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}
	}

	/** The lines of the range, from the start of its first line to the start of the line after its last. */
	private static Position wholeLines(IDocument document, Span span) {
		try {
			int firstLine = document.getLineOfOffset(span.offset());
			int lastLine = document.getLineOfOffset(Math.min(document.getLength(), span.end()));
			if (lastLine <= firstLine) {
				return null;
			}
			int start = document.getLineOffset(firstLine);
			int end = document.getLineOffset(lastLine) + document.getLineLength(lastLine);
			return new Position(start, end - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
