package org.factcheck.ui.editor.tests.hyperlinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factcheck.checker.Evidence;
import org.factcheck.ui.documents.CorpusDocumentEditor;
import org.factcheck.ui.documents.CorpusDocumentInput;
import org.factcheck.ui.editor.hyperlinks.ClaimHyperlinkDetector;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.Verifications;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HyperlinkTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			corpus "corpus"

			claim pact_quote "Das Abkommen sieht im Falle eines Angriffs gegenseitige sofortige militärische Unterstützung vor."
			    cites "003_5631f6e596cc8e95" quote "sofortige militärische Unterstützung"
			""";

	private ClaimEditorDriver editor;


	@Test
	void ctrlClickOnADocumentIdOpensTheDocumentAtTheQuote() throws Exception {
		editor = files.open("links.claims", TEXT);

		IHyperlink[] links = detect(TEXT.indexOf("003_5631"));
		links[0].open();
		EventLoop.flush();

		ITextEditor document = documentEditor("003_5631f6e596cc8e95");
		ITextSelection selection = (ITextSelection) document.getSelectionProvider().getSelection();
		assertEquals("sofortige militärische Unterstützung", selection.getText());
	}

	@Test
	void ctrlClickOnAClaimOpensItsEvidencePassage() throws Exception {
		IFile file = files.create("links.claims", TEXT);
		editor = ClaimEditorDriver.open(file);
		assertNull(detect(TEXT.indexOf("pact_quote")), "no evidence before verification");

		FileVerification verification = Verifications.publish(file);
		Evidence evidence = verification.claim("pact_quote").orElseThrow().result().verdict().deciding().orElseThrow()
				.evidence().get(0);
		IHyperlink[] links = detect(TEXT.indexOf("pact_quote") + 2);
		assertNotNull(links);
		links[0].open();
		EventLoop.flush();

		ITextEditor document = documentEditor(evidence.documentId());
		ITextSelection selection = (ITextSelection) document.getSelectionProvider().getSelection();
		assertEquals(evidence.start(), selection.getOffset());
		assertEquals(evidence.text(), selection.getText());
	}

	private IHyperlink[] detect(int offset) {
		return new ClaimHyperlinkDetector().detectHyperlinks(editor.viewer(), new Region(offset, 0), false);
	}

	private static ITextEditor documentEditor(String documentId) {
		IEditorPart active = ClaimEditorDriver.page().getActiveEditor();
		assertEquals(CorpusDocumentEditor.ID, active.getSite().getId());
		assertEquals(documentId, ((CorpusDocumentInput) active.getEditorInput()).documentId());
		return (ITextEditor) active;
	}
}
