package org.factcheck.ui.editor.tests.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;
import org.factcheck.ui.editor.contentassist.ClaimContentAssistProcessor;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContentAssistTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			corpus "corpus"

			claim miller "Miller sagte, jedes Land müsse selbst über Waffenlieferungen entscheiden."
			    cites "004_cf013e87bb0c4974" quote "Jedes"
			    expect\s
			""";

	private ClaimEditorDriver editor;


	@Test
	void ctrlSpaceAfterCitesListsTheCorpusDocumentsWithTitlePublisherAndDate() throws Exception {
		editor = files.open("assist.claims", TEXT);
		int afterCites = TEXT.indexOf("cites ") + "cites ".length();
		editor.caret(afterCites);

		((org.eclipse.jface.text.ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

		Table popup = awaitProposalTable();
		List<String> shown = Arrays.stream(popup.getItems()).map(TableItem::getText).toList();
		assertTrue(shown.stream().anyMatch(item -> item.startsWith("001_f7fa05fd70448d5b")), shown::toString);
		assertTrue(shown.stream().filter(item -> item.startsWith("00")).count() >= 5, shown::toString);
		String miller = shown.stream().filter(item -> item.startsWith("004_cf013e87bb0c4974")).findFirst().orElseThrow();
		assertTrue(miller.contains("Russland ist bereit") && miller.contains(SeedProject.PUBLISHER)
				&& miller.contains("2024-06-20"), "title, publisher and date follow the id: " + miller);
		popup.getShell().close();
	}

	@Test
	void insideAQuoteThePassagesOfTheCitedDocumentAreProposedAndInserted() throws Exception {
		editor = files.open("assist.claims", TEXT);
		int inQuote = TEXT.indexOf("quote \"Jedes") + "quote \"Jedes".length();

		ICompletionProposal[] proposals = proposals(inQuote);

		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(labels.stream().allMatch(label -> label.startsWith("Jedes")), "passages continue what is typed: " + labels);
		assertTrue(labels.get(0).startsWith("Jedes Land muss seine eigene Entscheidung"), labels::toString);
		assertTrue(labels.stream().noneMatch(label -> label.contains("Schreibe einen Kommentar")), "no page furniture");
		proposals[0].apply(editor.document());
		assertTrue(editor.document().get().contains(
				"quote \"Jedes Land muss seine eigene Entscheidung darüber treffen, ob es Waffen an die Ukraine liefert.\""),
				editor.document().get());
	}

	@Test
	void verdictsAreProposedAfterExpect() throws Exception {
		editor = files.open("assist.claims", TEXT);
		int afterExpect = TEXT.indexOf("expect ") + "expect ".length();

		List<String> labels = Arrays.stream(proposals(afterExpect)).map(ICompletionProposal::getDisplayString).sorted()
				.toList();

		assertEquals(List.of("conflicting", "supported", "unsourced"), labels);
	}

	private ICompletionProposal[] proposals(int offset) {
		return new ClaimContentAssistProcessor().computeCompletionProposals(editor.viewer(), offset);
	}

	/** The table of the content assist popup, once it shows proposals. */
	private static Table awaitProposalTable() {
		Display display = Display.getCurrent();
		Table[] found = new Table[1];
		EventLoop.waitUntil("the content assist popup with every proposal computed", Duration.ofSeconds(30), () -> {
			found[0] = null;
			for (Shell shell : display.getShells()) {
				findTable(shell).filter(table -> table.getItemCount() > 0).ifPresent(table -> found[0] = table);
			}
			return found[0] != null && Arrays.stream(found[0].getItems())
					.noneMatch(item -> item.getText().startsWith("Computing proposals"));
		});
		return found[0];
	}

	private static Optional<Table> findTable(Widget widget) {
		if (widget instanceof Table table && !table.isDisposed() && table.isVisible()) {
			return Optional.of(table);
		}
		if (widget instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				Optional<Table> table = findTable(child);
				if (table.isPresent()) {
					return table;
				}
			}
		}
		if (widget instanceof Shell shell) {
			for (Shell child : shell.getShells()) {
				Optional<Table> table = findTable(child);
				if (table.isPresent()) {
					return table;
				}
			}
		}
		return Optional.empty();
	}
}
