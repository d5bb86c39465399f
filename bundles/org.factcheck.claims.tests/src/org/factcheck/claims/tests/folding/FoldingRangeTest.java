package org.factcheck.claims.tests.folding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
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
class FoldingRangeTest {

	@Inject
	private IFoldingRangeProvider folding;

	@Inject
	private ClaimsWorkspace workspace;

	@TempDir
	Path root;

	@BeforeEach
	void createWorkspace() {
		workspace.in(root);
	}

	@Test
	void multiLineClaimsAndBlockCommentsFold() {
		String text = """
				/* Zwei
				   Zeilen */
				claim a "Eins."
				    expect supported

				claim b "Zwei."
				// eine Zeile
				claim c "Drei." cites "x"
				    asof 2024-01-01
				""";

		List<String> folded = folding.getFoldingRanges(ClaimsWorkspace.resource(workspace.parse(text)),
				CancelIndicator.NullImpl).stream()
				.map(range -> text.substring(range.getOffset(), range.getOffset() + range.getLength())).toList();

		assertEquals(List.of("/* Zwei\n   Zeilen */", "claim a \"Eins.\"\n    expect supported",
				"claim c \"Drei.\" cites \"x\"\n    asof 2024-01-01"), folded);
	}
}
