package org.factcheck.claims.tests.linking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class LinkingDiagnosticsTest {

	@Inject
	private ClaimsWorkspace workspace;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void unknownDocumentIsReportedAtItsIdWithTheCorpusAndTheClosestId() {
		AbstractDiagnostic error = onlyError(workspace.parse("""
				corpus "../corpus"
				claim a "Südkoreas Arsenal umfasst etwa 3,4 Millionen Geschosse."
				    cites "001_f7fa05fd70448d5c"
				"""));

		assertEquals("Unknown document '001_f7fa05fd70448d5c' in corpus " + workspace.corpus()
				+ ": did you mean '001_f7fa05fd70448d5b'?", error.getMessage());
		assertEquals(ClaimsIssueCodes.UNKNOWN_DOCUMENT, error.getCode());
		assertArrayEquals(new String[] { "001_f7fa05fd70448d5c", "001_f7fa05fd70448d5b" }, error.getData());
		assertEquals(3, error.getLine());
		assertEquals(11, error.getColumn());
		assertEquals("\"001_f7fa05fd70448d5c\"".length(), error.getLength());
	}

	@Test
	void unknownDocumentFarFromAllIdsGetsNoSuggestion() {
		AbstractDiagnostic error = onlyError(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites "pressemitteilung-2024"
				"""));

		assertEquals("Unknown document 'pressemitteilung-2024' in corpus " + workspace.corpus(), error.getMessage());
		assertArrayEquals(new String[] { "pressemitteilung-2024" }, error.getData());
	}

	@Test
	void uniquePrefixIsSuggested() {
		AbstractDiagnostic error = onlyError(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites "003"
				"""));

		assertEquals("Unknown document '003' in corpus " + workspace.corpus()
				+ ": did you mean '003_5631f6e596cc8e95'?", error.getMessage());
	}

	@Test
	void fileWithoutCorpusSaysHowToGiveOne() {
		AbstractDiagnostic error = onlyError(workspace.parse("""
				claim a "Text." cites "001_f7fa05fd70448d5b"
				"""));

		assertEquals("No corpus for this file: add `corpus \"DIR\"` or pass --corpus", error.getMessage());
		assertEquals(ClaimsIssueCodes.NO_CORPUS, error.getCode());
		assertEquals(1, error.getLine());
		assertEquals(23, error.getColumn());
	}

	@Test
	void missingCorpusFolderIsNamedAtEachCitation() {
		List<Resource.Diagnostic> errors = linkingErrors(workspace.parse("""
				corpus "../fehlt"
				claim a "Text." cites "001_f7fa05fd70448d5b", "004_cf013e87bb0c4974"
				"""));

		assertEquals(2, errors.size());
		assertEquals("Cannot look up document '001_f7fa05fd70448d5b': corpus " + root.resolve("fehlt")
				+ " cannot be used because the folder does not exist", errors.get(0).getMessage());
		assertEquals(ClaimsIssueCodes.CORPUS_UNAVAILABLE, ((AbstractDiagnostic) errors.get(1)).getCode());
	}

	@Test
	void emptyIdIsReported() {
		AbstractDiagnostic error = onlyError(workspace.parse("""
				corpus "../corpus"
				claim a "Text." cites ""
				"""));

		assertEquals("Empty document id: name a document of corpus " + workspace.corpus(), error.getMessage());
	}

	private static List<Resource.Diagnostic> linkingErrors(ClaimFile file) {
		EcoreUtil.resolveAll(file);
		return file.eResource().getErrors();
	}

	private static AbstractDiagnostic onlyError(ClaimFile file) {
		List<Resource.Diagnostic> errors = linkingErrors(file);
		assertEquals(1, errors.size(), errors::toString);
		return (AbstractDiagnostic) errors.get(0);
	}
}
