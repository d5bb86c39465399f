package org.factcheck.claims.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.factcheck.claims.tests.corpus.TestCorpus;
import org.factcheck.corpus.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class DocumentScopingTest {

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter names;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void citationsLinkToTheDocumentsOfTheCorpus() {
		ClaimFile file = workspace.parse("""
				corpus "../corpus"
				claim miller "Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden."
				    cites "004_cf013e87bb0c4974" quote "Jedes Land muss seine eigene Entscheidung darüber treffen", "001_f7fa05fd70448d5b"
				""");
		EcoreUtil.resolveAll(file);

		assertEquals(List.of(), file.eResource().getErrors());
		List<Citation> citations = file.getClaims().get(0).getCitations();
		Document cited = citations.get(0).getDocument();
		assertFalse(cited.eIsProxy());
		assertEquals("004_cf013e87bb0c4974", cited.getId());
		assertEquals(TestCorpus.PUBLISHER, cited.getPublisher());
		assertEquals("001_f7fa05fd70448d5b", citations.get(1).getDocument().getId());
	}

	@Test
	void scopeHoldsEveryDocumentOfTheCorpusByItsId() throws IOException {
		Files.writeString(workspace.corpus().resolve("bericht.v2.txt"), "Ein zusätzlicher Bericht aus Seoul.");
		ClaimFile file = workspace.parse("""
				corpus "../corpus"
				claim a "Ein Bericht." cites "bericht.v2"
				""");
		Citation citation = file.getClaims().get(0).getCitations().get(0);

		List<String> ids = StreamSupport.stream(scopeProvider.getScope(citation,
				ClaimsPackage.Literals.CITATION__DOCUMENT).getAllElements().spliterator(), false)
				.map(description -> names.toString(description.getName())).sorted().toList();

		assertEquals(List.of("000_8c535eb6db9358b5", "001_f7fa05fd70448d5b", "002_f309d34ae93e6e9e",
				"003_5631f6e596cc8e95", "004_cf013e87bb0c4974", "bericht.v2"), ids);
		assertEquals("bericht.v2", citation.getDocument().getId());
	}

	@Test
	void escapedIdsLinkByTheirValue() {
		ClaimFile file = workspace.parse("""
				corpus "../corpus"
				claim a "Ein Bericht." cites "\\u0030\\u0030\\u0031_f7fa05fd70448d5b"
				""");

		assertEquals("001_f7fa05fd70448d5b", file.getClaims().get(0).getCitations().get(0).getDocument().getId());
	}

	@Test
	void withoutCorpusNothingIsInScope() {
		ClaimFile file = workspace.parse("""
				claim a "Ein Bericht." cites "001_f7fa05fd70448d5b"
				""");
		Citation citation = file.getClaims().get(0).getCitations().get(0);

		assertFalse(scopeProvider.getScope(citation, ClaimsPackage.Literals.CITATION__DOCUMENT).getAllElements()
				.iterator().hasNext());
		assertTrue(citation.getDocument().eIsProxy());
	}
}
