package org.factcheck.ui.views.corpus;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.Span;
import org.factcheck.ui.FactcheckImages;
import org.factcheck.ui.FactcheckUi;

/** Labels of the Corpus view; page furniture is greyed and says what kind it is. */
final class CorpusLabelProvider extends LabelProvider implements IStyledLabelProvider, IColorProvider {

	private static final int PREVIEW = 160;

	private final Color furniture;

	CorpusLabelProvider(ResourceManager resources) {
		furniture = resources.create(ColorDescriptor.createFrom(new RGB(150, 150, 150)));
	}

	/** The workspace folder at a corpus folder's location, when the corpus is in the workspace. */
	private static Optional<IContainer> workspaceFolder(Path folder) {
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri());
		return Arrays.stream(containers).filter(IContainer::isAccessible).findFirst();
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof CorpusNode corpus) {
			Optional<IContainer> container = workspaceFolder(corpus.folder());
			StyledString text = new StyledString(container.map(folder -> folder.getFullPath().makeRelative().toString())
					.orElse(corpus.folder().getFileName().toString()));
			String count = corpus.store().map(store -> "  " + store.corpus().getDocuments().size() + " documents").orElse("");
			return text.append(count + (container.isPresent() ? "" : "  " + corpus.folder().getParent()),
					StyledString.QUALIFIER_STYLER);
		}
		if (element instanceof Document document) {
			boolean titled = document.getTitle() != null && !document.getTitle().isBlank();
			StyledString text = new StyledString(titled ? document.getTitle() : document.getId());
			StringBuilder details = new StringBuilder("  ");
			if (titled) {
				details.append(document.getId());
			}
			if (document.getPublished() != null) {
				details.append(details.length() > 2 ? " · " : "").append(DateTimeFormatter.ISO_LOCAL_DATE.format(document.getPublished()));
			}
			if (document.getPublisher() != null && !document.getPublisher().isBlank()) {
				details.append(" · ").append(document.getPublisher());
			}
			return text.append(details.toString(), StyledString.QUALIFIER_STYLER);
		}
		if (element instanceof Paragraph paragraph) {
			StyledString text = new StyledString(preview(paragraph));
			FurnitureSpans.of(paragraph).ifPresentOrElse(
					kind -> text.append("  furniture: " + kind.getLiteral(), StyledString.DECORATIONS_STYLER),
					() -> text.append("  " + paragraph.getSentences().size()
							+ (paragraph.getSentences().size() == 1 ? " sentence" : " sentences"), StyledString.QUALIFIER_STYLER));
			return text;
		}
		if (element instanceof Sentence sentence) {
			StyledString text = new StyledString(preview(sentence));
			FurnitureSpans.of(sentence).ifPresent(
					kind -> text.append("  furniture: " + kind.getLiteral(), StyledString.DECORATIONS_STYLER));
			return text;
		}
		if (element instanceof CorpusNode.Opening) {
			return new StyledString("Opening the corpus (the first time, it is imported and indexed)…",
					StyledString.QUALIFIER_STYLER);
		}
		if (element instanceof CorpusNode.Unavailable unavailable) {
			return new StyledString(unavailable.reason());
		}
		return new StyledString(String.valueOf(element));
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof CorpusNode) {
			return FactcheckUi.image(FactcheckImages.CORPUS);
		}
		if (element instanceof Document) {
			return FactcheckUi.image(FactcheckImages.DOCUMENT);
		}
		if (element instanceof Paragraph) {
			return FactcheckUi.image(FactcheckImages.PARAGRAPH);
		}
		if (element instanceof Sentence) {
			return FactcheckUi.image(FactcheckImages.SENTENCE);
		}
		if (element instanceof CorpusNode.Unavailable) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		}
		return null;
	}

	@Override
	public Color getForeground(Object element) {
		return element instanceof Span span && FurnitureSpans.of(span).isPresent() ? furniture : null;
	}

	@Override
	public Color getBackground(Object element) {
		return null;
	}

	private static String preview(Span span) {
		String text = span.getText();
		if (text == null) {
			return "";
		}
		text = text.strip().replaceAll("\\s+", " ");
		return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW).strip() + "…";
	}
}
