package org.factcheck.ui.documents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.factcheck.ui.documents.DocumentHighlighting.Highlight;
import org.factcheck.ui.documents.DocumentHighlighting.Kind;

/**
 * Colours a corpus document by what the importer found in it: numbers blue, dates teal, names
 * bold, quotations green and italic, page furniture grey. The document never changes, so the whole
 * text is one damage region and the highlights are computed once.
 */
final class HighlightingReconciler extends PresentationReconciler {

	private static final Map<Kind, RGB> COLOURS = Map.of(Kind.QUOTATION, new RGB(30, 120, 60), Kind.NAME,
			new RGB(110, 40, 130), Kind.NUMBER, new RGB(20, 80, 200), Kind.DATE, new RGB(0, 128, 128), Kind.FURNITURE,
			new RGB(150, 150, 150));

	/** @param resources owns the colours, for as long as the viewer lives */
	HighlightingReconciler(Supplier<List<Highlight>> highlights, ResourceManager resources) {
		Painter painter = new Painter(highlights, resources);
		setDamager(painter, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(painter, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static final class Painter implements IPresentationDamager, IPresentationRepairer {

		private final Supplier<List<Highlight>> highlights;
		private final Map<Kind, TextAttribute> attributes = new EnumMap<>(Kind.class);
		private IDocument document;

		Painter(Supplier<List<Highlight>> highlights, ResourceManager resources) {
			this.highlights = highlights;
			for (Kind kind : Kind.values()) {
				Color colour = resources.create(ColorDescriptor.createFrom(COLOURS.get(kind)));
				int style = switch (kind) {
				case NAME -> SWT.BOLD;
				case QUOTATION, FURNITURE -> SWT.ITALIC;
				default -> SWT.NORMAL;
				};
				attributes.put(kind, new TextAttribute(colour, null, style));
			}
		}

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, org.eclipse.jface.text.DocumentEvent event,
				boolean documentPartitioningChanged) {
			return new Region(0, document.getLength());
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			int length = document.getLength();
			for (Highlight highlight : highlights.get()) {
				int start = Math.max(highlight.start(), damage.getOffset());
				int end = Math.min(Math.min(highlight.end(), length), damage.getOffset() + damage.getLength());
				if (end > start) {
					TextAttribute attribute = attributes.get(highlight.kind());
					StyleRange range = new StyleRange(start, end - start, attribute.getForeground(), null,
							attribute.getStyle());
					presentation.mergeStyleRange(range);
				}
			}
		}
	}
}
