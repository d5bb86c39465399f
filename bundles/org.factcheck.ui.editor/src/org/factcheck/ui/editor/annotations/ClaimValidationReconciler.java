package org.factcheck.ui.editor.annotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.factcheck.ui.editor.markers.ClaimProblemMarker;
import org.factcheck.ui.editor.model.ProblemReport;
import org.factcheck.ui.editor.model.ModelBinding;
import org.factcheck.ui.editor.model.Problem;

/**
 * Shows the claim language's errors and warnings as annotations while the user types: the
 * document's model checks it in the background after each pause, and this reconciler replaces the
 * annotations that changed. The language's problem markers of the saved file are hidden in the
 * editor meanwhile, since these annotations describe the text as it is now.
 */
public class ClaimValidationReconciler implements IReconciler {

	/** The identity of a problem's annotation: the same problem keeps its annotation between checks. */
	private record Key(String type, String message, int offset, int length, String code) {
	}

	private final Map<Key, ClaimProblemAnnotation> shown = new HashMap<>();
	private ISourceViewer viewer;
	private ModelBinding<ProblemReport> binding;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer) {
			viewer = sourceViewer;
			binding = ModelBinding.installForProblems(textViewer, this::show);
		}
	}

	@Override
	public void uninstall() {
		if (binding != null) {
			binding.uninstall();
		}
		binding = null;
		shown.clear();
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void show(ProblemReport report) {
		IAnnotationModel annotations = viewer.getAnnotationModel();
		if (annotations == null) {
			return;
		}
		Map<Key, Problem> current = new HashMap<>();
		for (Problem problem : report.problems()) {
			current.put(new Key(ClaimProblemAnnotation.type(problem.severity()), problem.message(), problem.offset(),
					problem.length(), problem.code()), problem);
		}
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Map.Entry<Key, ClaimProblemAnnotation>> entries = shown.entrySet().iterator(); entries.hasNext();) {
			Map.Entry<Key, ClaimProblemAnnotation> entry = entries.next();
			Position position = annotations.getPosition(entry.getValue());
			boolean moved = position == null || position.isDeleted() || position.getOffset() != entry.getKey().offset()
					|| position.getLength() != entry.getKey().length();
			if (moved || !current.containsKey(entry.getKey())) {
				removed.add(entry.getValue());
				entries.remove();
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		current.forEach((key, problem) -> {
			if (!shown.containsKey(key)) {
				ClaimProblemAnnotation annotation = new ClaimProblemAnnotation(problem);
				shown.put(key, annotation);
				added.put(annotation, new Position(problem.offset(), problem.length()));
			}
		});
		if (removed.isEmpty() && added.isEmpty()) {
			hideSavedProblems(annotations);
			return;
		}
		if (annotations instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
		} else {
			removed.forEach(annotations::removeAnnotation);
			added.forEach(annotations::addAnnotation);
		}
		hideSavedProblems(annotations);
	}

	/** Marks the problem markers' annotations deleted: the live annotations say the same for the text as it is. */
	private static void hideSavedProblems(IAnnotationModel annotations) {
		for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof MarkerAnnotation marker && !marker.isMarkedDeleted()
					&& Objects.equals(ClaimProblemMarker.typeOf(marker.getMarker()), ClaimProblemMarker.TYPE)) {
				marker.markDeleted(true);
				if (annotations instanceof IAnnotationModelExtension extension) {
					extension.modifyAnnotationPosition(marker, annotations.getPosition(marker));
				}
			}
		}
	}
}
