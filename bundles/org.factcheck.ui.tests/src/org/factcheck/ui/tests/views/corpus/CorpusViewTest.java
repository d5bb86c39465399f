package org.factcheck.ui.tests.views.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Paragraph;
import org.factcheck.ui.documents.CorpusDocumentEditor;
import org.factcheck.ui.documents.CorpusDocumentInput;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.views.corpus.CorpusNode;
import org.factcheck.ui.views.corpus.CorpusView;
import org.factcheck.ui.views.corpus.FurnitureSpans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Corpus view: the corpus model as a tree, furniture greyed, properties, documents opened. */
class CorpusViewTest {

	@RegisterExtension
	static final SeedProject SEEDS = SeedProject.shared("corpus-view-test");

	private static CorpusView view;
	private static CorpusNode corpus;

	@BeforeAll
	static void showCorpus() throws Exception {
		view = (CorpusView) page().showView(CorpusView.ID);
		Path folder = SEEDS.project().getFolder("corpus").getLocation().toFile().toPath();
		EventLoop.waitUntil("the seed corpus in the Corpus view", Duration.ofMinutes(2), () -> {
			for (TreeItem item : view.viewer().getTree().getItems()) {
				if (item.getData() instanceof CorpusNode node && node.folder().equals(folder)) {
					view.viewer().setExpandedState(node, true);
					corpus = node;
					return node.store().isPresent() && item.getItemCount() == 5
							&& item.getItem(0).getData() instanceof Document && item.getText().contains("5 documents");
				}
			}
			return false;
		});
	}

	@Test
	void showsDocumentsParagraphsAndSentencesWithFurnitureGreyed() {
		TreeItem corpusItem = item(corpus);
		assertTrue(corpusItem.getText().startsWith("corpus-view-test/corpus  5 documents"), corpusItem.getText());
		Document first = (Document) corpusItem.getItem(0).getData();
		assertEquals("000_8c535eb6db9358b5", first.getId());
		assertTrue(corpusItem.getItem(0).getText().startsWith(first.getTitle()), corpusItem.getItem(0).getText());

		view.viewer().setExpandedState(first, true);
		EventLoop.flush();
		TreeItem documentItem = corpusItem.getItem(0);
		List<TreeItem> paragraphs = Arrays.asList(documentItem.getItems());
		assertEquals(first.getContent().getParagraphs().size(), paragraphs.size());
		List<TreeItem> furniture = new ArrayList<>();
		for (TreeItem paragraph : paragraphs) {
			boolean isFurniture = FurnitureSpans.of((Paragraph) paragraph.getData()).isPresent();
			if (isFurniture) {
				furniture.add(paragraph);
				assertTrue(paragraph.getText().contains("furniture: "), paragraph.getText());
			}
		}
		assertTrue(!furniture.isEmpty(), "the seed article has page furniture");
		TreeItem normal = paragraphs.stream().filter(p -> !furniture.contains(p)).findFirst().orElseThrow();
		assertTrue(isGrey(furniture.get(0)) && !isGrey(normal), "furniture is greyed, text is not");

		view.viewer().setExpandedState(normal.getData(), true);
		EventLoop.flush();
		Paragraph paragraph = (Paragraph) normal.getData();
		assertEquals(paragraph.getSentences().size(), normal.getItemCount());
	}

	@Test
	void showsMetadataInThePropertiesView() {
		Document document = corpus.store().orElseThrow().document("000_8c535eb6db9358b5").orElseThrow();
		IPropertySource properties = Adapters.adapt(document, IPropertySource.class);
		assertNotNull(properties, "documents have properties");
		List<String> names = Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
		assertTrue(names.containsAll(List.of("Id", "Title", "Paragraphs", "Sentences", "Numbers", "Furniture spans")), names.toString());
		IPropertyDescriptor title = Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Title")).findFirst().orElseThrow();
		assertEquals(document.getTitle(), properties.getPropertyValue(title.getId()));
		Paragraph paragraph = document.getContent().getParagraphs().get(0);
		assertNotNull(Adapters.adapt(paragraph, IPropertySource.class));
		assertNotNull(Adapters.adapt(paragraph.getSentences().get(0), IPropertySource.class));
		assertNotNull(Adapters.adapt(corpus, IPropertySource.class));
	}

	@Test
	void doubleClickOpensTheDocumentAtTheParagraph() throws Exception {
		Document document = corpus.store().orElseThrow().document("001_f7fa05fd70448d5b").orElseThrow();
		Paragraph paragraph = document.getContent().getParagraphs().get(1);
		view.viewer().setExpandedState(document, true);
		page().activate(view);
		view.viewer().setSelection(new StructuredSelection(paragraph), true);
		view.viewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
		EventLoop.flush();
		IEditorPart editor = page().getActiveEditor();
		assertEquals(CorpusDocumentEditor.ID, editor.getSite().getId());
		assertEquals("001_f7fa05fd70448d5b", assertInstanceOf(CorpusDocumentInput.class, editor.getEditorInput()).documentId());
	}

	private static boolean isGrey(TreeItem item) {
		return item.getForeground(0).getRGB().equals(new org.eclipse.swt.graphics.RGB(150, 150, 150));
	}

	private static TreeItem item(Object element) {
		for (TreeItem item : view.viewer().getTree().getItems()) {
			if (item.getData() == element) {
				return item;
			}
		}
		throw new AssertionError("no item for " + element);
	}

	private static IWorkbenchPage page() {
		return SeedProject.page();
	}
}
