package org.factcheck.claims.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.tests.ClaimsTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Claim files are read from their bytes like corpus documents: never mangled silently. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsTestInjectorProvider.class)
class ClaimsResourceTest {

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private ValidationTestHelper validation;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	private ClaimFile load(String name, byte[] bytes) throws IOException {
		Path file = root.resolve("claims").resolve(name);
		Files.write(file, bytes);
		Resource resource = workspace.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
		return (ClaimFile) resource.getContents().get(0);
	}

	private List<Issue> warnings(ClaimFile file) {
		return validation.validate(file).stream().filter(issue -> issue.getSeverity() == Severity.WARNING).toList();
	}

	@Test
	void aLatinOneFileIsReadAsLatinOneWithAWarning() throws IOException {
		ClaimFile file = load("latin1.claims",
				"claim m \"Der Bürgermeister von München grüßt.\"\n".getBytes(StandardCharsets.ISO_8859_1));

		assertEquals("Der Bürgermeister von München grüßt.", file.getClaims().get(0).getText());
		List<Issue> warnings = warnings(file);
		assertEquals(1, warnings.size(), warnings::toString);
		assertEquals(1, warnings.get(0).getLineNumber());
		assertEquals(15, warnings.get(0).getColumn());
		assertTrue(warnings.get(0).getMessage().contains("read as Latin-1"), warnings.get(0).getMessage());
	}

	@Test
	void invalidUtf8IsAWarningAtItsPosition() throws IOException {
		byte[] text = "claim a \"Grüße aus Wien.\"\nclaim b \"Kaputt: X.\"\n".getBytes(StandardCharsets.UTF_8);
		int x = 0;
		while (text[x] != 'X') {
			x++;
		}
		text[x + 1] = (byte) 0xFF;
		ClaimFile file = load("kaputt.claims", text);

		assertEquals("Kaputt: X\uFFFD", file.getClaims().get(1).getText());
		List<Issue> warnings = warnings(file);
		assertEquals(1, warnings.size(), warnings::toString);
		assertEquals(2, warnings.get(0).getLineNumber());
		assertEquals(19, warnings.get(0).getColumn());
		assertTrue(warnings.get(0).getMessage().contains("invalid UTF-8"), warnings.get(0).getMessage());
	}

	@Test
	void aByteOrderMarkIsSkippedWithoutAWord() throws IOException {
		byte[] text = "\uFEFFcorpus \"../corpus\"\nclaim a \"Eins.\"\n".getBytes(StandardCharsets.UTF_8);
		ClaimFile file = load("bom.claims", text);

		assertEquals("../corpus", file.getCorpus());
		assertEquals(1, file.getClaims().size());
		assertEquals(List.of(), warnings(file));
	}
}
