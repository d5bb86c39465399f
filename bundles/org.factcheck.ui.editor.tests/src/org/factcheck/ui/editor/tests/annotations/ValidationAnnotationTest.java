package org.factcheck.ui.editor.tests.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.Position;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.factcheck.ui.editor.annotations.ClaimProblemAnnotation;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.projects.StarterClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationAnnotationTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String START = """
			corpus "corpus"

			claim arsenal "Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse."
			    cites "001_f7fa05fd70448d5b"
			""";

	private ClaimEditorDriver editor;


	@Test
	void typedClaimCitingAnUnknownIdShowsAnErrorWithTheClosestId() throws Exception {
		IFile file = files.create("typing.claims", START);
		editor = ClaimEditorDriver.open(file);
		assertEquals(List.of(), editor.problems());

		editor.caret(editor.document().getLength());
		editor.type("\nclaim pact \"Das Abkommen sieht Beistand vor.\" cites \"003_5631f6e596cc8e9\"");

		ClaimProblemAnnotation error = editor.awaitProblem("an unknown-document error",
				annotation -> ClaimsIssueCodes.UNKNOWN_DOCUMENT.equals(annotation.problem().code()));
		assertEquals(ClaimProblemAnnotation.ERROR, error.getType());
		assertTrue(error.getText().contains("did you mean '003_5631f6e596cc8e95'"), error.getText());
		Position position = editor.viewer().getAnnotationModel().getPosition(error);
		assertEquals("\"003_5631f6e596cc8e9\"",
				editor.document().get(position.getOffset(), position.getLength()));
		assertTrue(error.isQuickFixable());

		editor.caret(position.getOffset() + position.getLength() - 1);
		editor.type("5");
		editor.awaitCheck();
		assertEquals(List.of(), editor.problems(), "the error goes once the id is right");
	}

	@Test
	void aClaimTypedInAFileThatStartsWithCommentsHasItsErrorAtTheId() throws Exception {
		IFile file = files.create("starter.claims", StarterClaims.text());
		editor = ClaimEditorDriver.open(file);

		editor.caret(editor.document().getLength());
		editor.type("\nclaim soldaten \"In Suedkorea sind 28.500 US-Soldaten stationiert.\" cites \"000_8c535eb6db9358b6\"");

		ClaimProblemAnnotation error = editor.awaitProblem("an unknown-document error",
				annotation -> ClaimsIssueCodes.UNKNOWN_DOCUMENT.equals(annotation.problem().code()));
		Position position = editor.viewer().getAnnotationModel().getPosition(error);
		assertEquals("\"000_8c535eb6db9358b6\"", editor.document().get(position.getOffset(), position.getLength()),
				"the error is at the id, not clamped to where the leading comments end: " + error.problem());
		assertTrue(error.isQuickFixable());
	}

	@Test
	void duplicateNamesImpossibleDatesAndEmptyQuotesAreReportedWhileTyping() throws Exception {
		IFile file = files.create("typing.claims", START);
		editor = ClaimEditorDriver.open(file);

		editor.caret(editor.document().getLength());
		editor.type("\nclaim arsenal \"Noch einmal.\" cites \"001_f7fa05fd70448d5b\" quote \"\"\n    asof 2024-02-30");

		editor.awaitProblem("a duplicate name", annotation -> ClaimsIssueCodes.DUPLICATE_CLAIM_NAME.equals(annotation.problem().code()));
		editor.awaitProblem("an empty quote", annotation -> ClaimsIssueCodes.EMPTY_QUOTE.equals(annotation.problem().code()));
		ClaimProblemAnnotation date = editor.awaitProblem("an impossible date",
				annotation -> ClaimsIssueCodes.INVALID_DATE.equals(annotation.problem().code()));
		assertTrue(date.getText().contains("February 2024 has 29 days"), date.getText());
	}

	@Test
	void syntaxErrorIsShownWhereItIs() throws Exception {
		IFile file = files.create("typing.claims", START);
		editor = ClaimEditorDriver.open(file);

		editor.caret(editor.document().getLength());
		editor.type("\nclaim broken cites");

		ClaimProblemAnnotation syntax = editor.awaitProblem("a syntax error", annotation -> annotation.getType()
				.equals(ClaimProblemAnnotation.ERROR));
		Position position = editor.viewer().getAnnotationModel().getPosition(syntax);
		assertTrue(position.getOffset() >= START.length(), "the error is in the typed claim");
	}
}
