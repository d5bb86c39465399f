package org.factcheck.ui.views.corpus;

import java.util.Optional;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.Span;

/** Whether a span of a document is page furniture, from the furniture annotations of its content. */
public final class FurnitureSpans {

	private FurnitureSpans() {
	}

	/** The kind of furniture that covers most of {@code span}, if any covers at least half of it. */
	public static Optional<FurnitureKind> of(Span span) {
		Content content = contentOf(span);
		if (content == null || span.getEnd() <= span.getStart()) {
			return Optional.empty();
		}
		int length = span.getEnd() - span.getStart();
		for (Object annotation : content.getAnnotations()) {
			if (annotation instanceof org.factcheck.corpus.Furniture furniture) {
				int overlap = Math.min(span.getEnd(), furniture.getEnd()) - Math.max(span.getStart(), furniture.getStart());
				if (overlap * 2 >= length) {
					return Optional.of(furniture.getKind());
				}
			}
		}
		return Optional.empty();
	}

	public static Content contentOf(Span span) {
		for (Object container = span.eContainer(); container != null;
				container = ((org.eclipse.emf.ecore.EObject) container).eContainer()) {
			if (container instanceof Content content) {
				return content;
			}
		}
		return null;
	}
}
