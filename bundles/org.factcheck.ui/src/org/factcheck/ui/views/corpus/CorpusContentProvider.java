package org.factcheck.ui.views.corpus;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;

/**
 * The corpus model as a tree: corpora ▸ documents ▸ paragraphs ▸ sentences. A corpus is opened
 * in the background the first time it is expanded; a document's content is loaded when it is.
 */
final class CorpusContentProvider implements ITreeContentProvider {

	private final Consumer<CorpusNode> open;

	/** @param open opens a corpus in the background and refreshes its node when done */
	CorpusContentProvider(Consumer<CorpusNode> open) {
		this.open = open;
	}

	@Override
	public Object[] getElements(Object input) {
		return ((List<?>) input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof CorpusNode corpus) {
			if (!corpus.isResolved()) {
				open.accept(corpus);
			}
			return corpus.children();
		}
		if (parent instanceof Document document) {
			Content content = document.getContent();
			return content == null || content.eIsProxy() ? new Object[0] : content.getParagraphs().toArray();
		}
		if (parent instanceof Paragraph paragraph) {
			return paragraph.getSentences().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Sentence sentence) {
			return sentence.eContainer();
		}
		if (element instanceof Paragraph paragraph && paragraph.eContainer() != null) {
			return paragraph.eContainer().eContainer();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof CorpusNode || element instanceof Document
				|| element instanceof Paragraph paragraph && !paragraph.getSentences().isEmpty();
	}
}
