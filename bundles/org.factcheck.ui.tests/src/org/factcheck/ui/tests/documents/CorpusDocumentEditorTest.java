package org.factcheck.ui.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.checker.Evidence;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.documents.CorpusDocumentEditor;
import org.factcheck.ui.documents.DocumentHighlighting;
import org.factcheck.ui.documents.DocumentHighlighting.Highlight;
import org.factcheck.ui.documents.DocumentHighlighting.Kind;
import org.factcheck.ui.documents.EvidenceAnnotations;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.SeedProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read-only corpus document editor: highlighting of what was found, evidence passages annotated. */
class CorpusDocumentEditorTest {

	private static final String DOCUMENT = "000_8c535eb6db9358b5";

	@RegisterExtension
	static final SeedProject SEEDS = SeedProject.shared("document-editor-test").verified();

	private static FileVerification result;
	private static CorpusStore store;

	@BeforeAll
	static void verifiedCorpus() {
		result = SEEDS.result();
		store = result.corpus().orElseThrow();
	}

	@Test
	void opensAtThePassageWithTheEvidenceAnnotated() throws Exception {
		VerifiedClaim soldiers = result.claim("us_soldiers").orElseThrow();
		Evidence evidence = soldiers.result().verdict().deciding().orElseThrow().evidence().get(0);
		IWorkbenchPage page = SeedProject.page();
		IEditorPart editor = CorpusDocumentEditor.open(page, store, DOCUMENT, evidence.start(), evidence.end());
		EventLoop.flush();
		ITextEditor text = assertInstanceOf(ITextEditor.class, editor);
		assertEquals(CorpusDocumentEditor.ID, editor.getSite().getId());
		assertTrue(!text.isEditable());
		ITextSelection selection = (ITextSelection) text.getSelectionProvider().getSelection();
		assertEquals(evidence.start(), selection.getOffset());
		assertEquals(evidence.text(), selection.getText());

		IAnnotationModel model = text.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		assertNotNull(model, "the document has an annotation model");
		List<String> found = new ArrayList<>();
		Annotation[] atPassage = { null };
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (EvidenceAnnotations.isEvidence(annotation.getType())) {
				Position position = model.getPosition(annotation);
				found.add(annotation.getType() + "@" + position.getOffset());
				if (position.getOffset() == evidence.start() && position.getLength() == evidence.end() - evidence.start()) {
					atPassage[0] = annotation;
				}
			}
		});
		assertNotNull(atPassage[0], "an annotation on the deciding passage of us_soldiers among " + found);
		assertEquals(EvidenceAnnotations.CONFLICTING, atPassage[0].getType());
		assertTrue(atPassage[0].getText().contains("Claim us_soldiers (verdicts.claims, conflicting)"), atPassage[0].getText());

		text.selectAndReveal(0, 0);
		EventLoop.settle();
		StyledText widget = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		StyleRange passageStyle = widget.getStyleRangeAtOffset(evidence.start() + 1);
		assertNotNull(passageStyle, "the passage is painted");
		assertEquals(new RGB(250, 212, 212), passageStyle.background.getRGB(), "a conflicting passage is highlighted red");
	}

	@Test
	void numbersDatesNamesQuotationsAndFurnitureAreHighlighted() throws Exception {
		List<Highlight> highlights = DocumentHighlighting.of(store.content(DOCUMENT).orElseThrow());
		for (Kind kind : Kind.values()) {
			assertTrue(highlights.stream().anyMatch(h -> h.kind() == kind), "some " + kind + " in " + DOCUMENT);
		}
		String content = store.content(DOCUMENT).orElseThrow().getText();
		assertTrue(highlights.stream().anyMatch(h -> h.kind() == Kind.NAME
				&& content.substring(h.start(), h.end()).equals("Yoon Suk Yeol")), "the president's name is one name");

		IWorkbenchPage page = SeedProject.page();
		ITextEditor editor = (ITextEditor) CorpusDocumentEditor.open(page, store, DOCUMENT, 0, 0);
		EventLoop.settle();
		StyledText widget = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		Highlight number = highlights.stream().filter(h -> h.kind() == Kind.NUMBER && highlights.stream()
				.noneMatch(other -> other != h && other.start() < h.end() && h.start() < other.end())).findFirst().orElseThrow();
		StyleRange style = widget.getStyleRangeAtOffset(number.start());
		assertNotNull(style, "the number at " + number.start() + " is styled");
		assertEquals(20, style.foreground.getRed());
		Highlight name = highlights.stream().filter(h -> h.kind() == Kind.NAME).findFirst().orElseThrow();
		assertEquals(SWT.BOLD, widget.getStyleRangeAtOffset(name.start()).fontStyle & SWT.BOLD);
	}
}
