package org.factcheck.claims.tests.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.factcheck.claims.tests.ClaimsIdeTestInjectorProvider;
import org.factcheck.claims.tests.ClaimsWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimsIdeTestInjectorProvider.class)
class DocumentHoverTest {

	private static final String TEXT = """
			corpus "../corpus"
			/** Aussage des US-Außenministeriums. */
			claim miller "Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden."
			    cites "004_cf013e87bb0c4974" quote "Jedes Land muss seine eigene Entscheidung darüber treffen"
			""";

	@Inject
	private ClaimsWorkspace workspace;

	@Inject
	private IHoverService hoverService;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void citedDocumentShowsTitlePublisherDateAndUrl() {
		Hover hover = hoverAt(3, 12);

		assertEquals("**Russland ist bereit, Nordkorea zu bewaffnen – Drohung „unglaublich besorgniserregend“**\n\n"
				+ "Testnachrichten · 2024-06-21\n\n"
				+ "<https://nachrichten.example/004_cf013e87bb0c4974>\n\n"
				+ "Document `004_cf013e87bb0c4974`", hover.getContents().getRight().getValue());
		assertEquals(new Range(new Position(3, 10), new Position(3, 32)), hover.getRange());
	}

	@Test
	void claimShowsItsDocumentationComment() {
		Hover hover = hoverAt(2, 8);

		assertEquals("Aussage des US-Außenministeriums.", hover.getContents().getRight().getValue());
	}

	private Hover hoverAt(int line, int character) {
		var file = workspace.parse(TEXT);
		HoverParams params = new HoverParams(new TextDocumentIdentifier(file.eResource().getURI().toString()),
				new Position(line, character));
		return hoverService.hover(new Document(1, TEXT), ClaimsWorkspace.resource(file), params,
				CancelIndicator.NullImpl);
	}
}
