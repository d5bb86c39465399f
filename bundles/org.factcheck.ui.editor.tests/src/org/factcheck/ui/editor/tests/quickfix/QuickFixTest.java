package org.factcheck.ui.editor.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.factcheck.ui.editor.quickfix.ClaimQuickAssistProcessor;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.SeedProject;
import org.factcheck.ui.editor.tests.harness.Verifications;
import org.factcheck.ui.markers.VerdictMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuickFixTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String MISQUOTE = """
			corpus "corpus"

			claim misquote "Miller sagte, jedes Land müsse seine eigene Entscheidung treffen."
			    cites "004_cf013e87bb0c4974" quote "Kein Land muss seine eigene Entscheidung darüber treffen"
			""";

	private static final String WRONG_CITATION = """
			corpus "corpus"

			claim austin "Lloyd Austin sagte, die genauen Aktivitäten der Soldaten seien noch abzuwarten."
			    cites "001_f7fa05fd70448d5b"
			""";

	private ClaimEditorDriver editor;


	@Test
	void ctrl1ReplacesAMisquoteWithTheSourcesPassage() throws Exception {
		IFile file = files.create("fixes.claims", MISQUOTE);
		editor = ClaimEditorDriver.open(file);
		Verifications.publish(file);

		proposal(MISQUOTE.indexOf("misquote"), "Add asof 2024-06-20, the date of '004_cf013e87bb0c4974'");
		ICompletionProposal fix = proposal(MISQUOTE.indexOf("misquote"), "Quote the document's words");
		fix.apply(editor.document());

		String fixed = editor.document().get();
		assertTrue(fixed.contains("quote \"Jedes Land muss seine eigene Entscheidung darüber treffen\""), fixed);
		editor.awaitCheck();
		assertEquals(List.of(), editor.problems());
	}

	@Test
	void ctrl1CitesTheDocumentThatDecidesTheClaimAndSetsItsExpectation() throws Exception {
		IFile file = files.create("fixes.claims", WRONG_CITATION);
		editor = ClaimEditorDriver.open(file);
		String decider = Verifications.publish(file).claim("austin").orElseThrow().result().verdict().deciding()
				.orElseThrow().documentId();

		proposal(WRONG_CITATION.indexOf("austin"), "Cite '" + decider + "' instead").apply(editor.document());
		editor.awaitCheck();
		proposal(WRONG_CITATION.indexOf("austin"), "Expect supported").apply(editor.document());

		assertEquals(WRONG_CITATION.replace("001_f7fa05fd70448d5b", decider) + "    expect supported\n",
				editor.document().get());
	}

	@Test
	void problemsViewResolutionOnAVerdictMarkerFixesTheSavedFile() throws Exception {
		IFile file = files.create("fixes.claims", WRONG_CITATION);
		String decider = Verifications.publish(file).claim("austin").orElseThrow().result().verdict().deciding()
				.orElseThrow().documentId();
		IMarker marker = file.createMarker(VerdictMarker.TYPE, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_INFO,
				IMarker.MESSAGE, "supported", IMarker.LINE_NUMBER, 3, VerdictMarker.CLAIM_NAME, "austin",
				VerdictMarker.VERDICT, "supported"));

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		assertTrue(labels.contains("Cite '" + decider + "' as well"), labels::toString);
		Arrays.stream(resolutions).filter(resolution -> resolution.getLabel().endsWith("as well")).findFirst()
				.orElseThrow().run(marker);

		assertEquals(WRONG_CITATION.replace("\"001_f7fa05fd70448d5b\"", "\"001_f7fa05fd70448d5b\", \"" + decider + "\""),
				SeedProject.read(file), "no editor had the file open, so the fix is saved");
	}

	private ICompletionProposal proposal(int offset, String labelStart) {
		ICompletionProposal[] proposals = new ClaimQuickAssistProcessor().computeQuickAssistProposals(context(offset));
		return Arrays.stream(proposals).filter(proposal -> proposal.getDisplayString().startsWith(labelStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + labelStart + "' among "
						+ Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList()));
	}

	private IQuickAssistInvocationContext context(int offset) {
		ISourceViewer viewer = editor.viewer();
		return new IQuickAssistInvocationContext() {
			@Override
			public ISourceViewer getSourceViewer() {
				return viewer;
			}

			@Override
			public int getOffset() {
				return offset;
			}

			@Override
			public int getLength() {
				return 0;
			}
		};
	}
}
