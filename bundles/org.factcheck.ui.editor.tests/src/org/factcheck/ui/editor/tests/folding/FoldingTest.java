package org.factcheck.ui.editor.tests.folding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.factcheck.ui.editor.folding.ClaimFoldingReconciler.ClaimFold;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FoldingTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			corpus "corpus"
			/* Claims about
			   the seed articles */
			claim a "Eins." cites "001_f7fa05fd70448d5b"
			    expect supported

			claim b "Zwei."

			claim c "Drei."
			    asof 2024-06-21
			""";

	private ClaimEditorDriver editor;


	@Test
	void multiLineClaimsAndBlockCommentsFoldAndCollapse() throws Exception {
		editor = files.open("folding.claims", TEXT);
		ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
		EventLoop.waitUntil("three folds", ClaimEditorDriver.CHECK_TIMEOUT, () -> folds(viewer).size() == 3);

		List<String> folded = folds(viewer).stream().map(this::text).sorted().toList();
		assertEquals(List.of("/* Claims about\n   the seed articles */\n",
				"claim a \"Eins.\" cites \"001_f7fa05fd70448d5b\"\n    expect supported\n",
				"claim c \"Drei.\"\n    asof 2024-06-21\n"), folded);

		int lines = editor.text().getLineCount();
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		Annotation claimA = fold(viewer, "claim a");
		model.collapse(claimA);
		EventLoop.flush();
		assertEquals(lines - 1, editor.text().getLineCount(), "the claim shows as one line");

		editor.caret(TEXT.indexOf("claim c"));
		editor.type("x");
		editor.awaitCheck();
		assertTrue(((org.eclipse.jface.text.source.projection.ProjectionAnnotation) fold(viewer, "claim a")).isCollapsed(),
				"typing elsewhere keeps the fold collapsed");
	}

	private Annotation fold(ProjectionViewer viewer, String start) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			Annotation annotation = all.next();
			if (annotation instanceof ClaimFold && text(model.getPosition(annotation)).startsWith(start)) {
				return annotation;
			}
		}
		throw new AssertionError("no fold for " + start);
	}

	private static List<Position> folds(ProjectionViewer viewer) {
		List<Position> folds = new ArrayList<>();
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null) {
			return folds;
		}
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			Annotation annotation = all.next();
			if (annotation instanceof ClaimFold) {
				folds.add(model.getPosition(annotation));
			}
		}
		return folds;
	}

	private String text(Position position) {
		return editor.document().get().substring(position.getOffset(), position.getOffset() + position.getLength());
	}
}
