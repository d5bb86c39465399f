package org.factcheck.ui.editor.presentation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.factcheck.ui.editor.model.ClaimSnapshot;
import org.factcheck.ui.editor.model.ModelBinding;
import org.factcheck.ui.editor.model.StyledRange;

/**
 * Semantic highlighting: what the grammar says a name or string is (claim name, claim text,
 * document id, quote, …), from the latest snapshot of the document's model, merged over the
 * lexical highlighting. The ranges are document positions, so they move with the text while the
 * next check runs, and only the ranges that changed are redrawn.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.factcheck.ui.editor.semanticHighlighting";

	private static final class StyledPosition extends Position {
		final String style;

		StyledPosition(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}

		boolean sameAs(StyledRange range) {
			return !isDeleted && offset == range.offset() && length == range.length() && style.equals(range.style());
		}
	}

	private final ITextViewer viewer;
	private final ModelBinding<ClaimSnapshot> binding;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private List<StyledPosition> positions = new ArrayList<>();
	private IDocument document;

	SemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
		this.binding = ModelBinding.install(viewer, this::show);
	}

	void dispose() {
		binding.uninstall();
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		forgetDocument();
	}

	/** Re-applies all ranges, e.g. after the theme's colours changed. */
	void invalidateAll() {
		if (viewer instanceof ITextViewerExtension2 extension && viewer.getDocument() != null) {
			extension.invalidateTextPresentation(0, viewer.getDocument().getLength());
		}
	}

	private void show(ClaimSnapshot snapshot) {
		IDocument shown = viewer.getDocument();
		if (shown != document) {
			forgetDocument();
			document = shown;
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
		List<StyledRange> ranges = snapshot.highlights();
		List<StyledPosition> next = new ArrayList<>(ranges.size());
		int dirtyStart = Integer.MAX_VALUE;
		int dirtyEnd = -1;
		int old = 0;
		for (StyledRange range : ranges) {
			while (old < positions.size() && positions.get(old).offset < range.offset()) {
				StyledPosition removed = positions.get(old++);
				dirtyStart = Math.min(dirtyStart, removed.offset);
				dirtyEnd = Math.max(dirtyEnd, removed.offset + removed.length);
				remove(removed);
			}
			if (old < positions.size() && positions.get(old).sameAs(range)) {
				next.add(positions.get(old++));
				continue;
			}
			StyledPosition added = new StyledPosition(range.offset(), range.length(), range.style());
			try {
				document.addPosition(CATEGORY, added);
				next.add(added);
				dirtyStart = Math.min(dirtyStart, added.offset);
				dirtyEnd = Math.max(dirtyEnd, added.offset + added.length);
			} catch (BadLocationException | BadPositionCategoryException e) {
				// the range is outside the text: the snapshot was checked to be current, so this is not expected
			}
		}
		while (old < positions.size()) {
			StyledPosition removed = positions.get(old++);
			dirtyStart = Math.min(dirtyStart, removed.offset);
			dirtyEnd = Math.max(dirtyEnd, removed.offset + removed.length);
			remove(removed);
		}
		positions = next;
		if (dirtyEnd >= dirtyStart && viewer instanceof ITextViewerExtension2 extension) {
			int end = Math.min(dirtyEnd, document.getLength());
			extension.invalidateTextPresentation(dirtyStart, Math.max(0, end - dirtyStart));
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyleRange> overlay = new ArrayList<>();
		for (int index = firstEndingAfter(start); index < positions.size(); index++) {
			StyledPosition position = positions.get(index);
			if (position.offset >= end) {
				break;
			}
			if (position.isDeleted || position.length == 0) {
				continue;
			}
			int from = Math.max(start, position.offset);
			int to = Math.min(end, position.offset + position.length);
			if (to > from) {
				overlay.add(ClaimStyles.range(from, to - from, position.style));
			}
		}
		if (overlay.isEmpty()) {
			return;
		}
		List<StyleRange> merged = StyleOverlay.merge(presentation.getAllStyleRangeIterator(), overlay);
		StyleRange defaultRange = presentation.getDefaultStyleRange();
		presentation.clear();
		if (defaultRange != null) {
			presentation.setDefaultStyleRange(defaultRange);
		}
		merged.forEach(presentation::addStyleRange);
	}

	private int firstEndingAfter(int offset) {
		int low = 0;
		int high = positions.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			StyledPosition position = positions.get(middle);
			if (position.offset + position.length <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private void remove(StyledPosition position) {
		try {
			document.removePosition(CATEGORY, position);
		} catch (BadPositionCategoryException e) {
			// already gone with its category
		}
	}

	private void forgetDocument() {
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// never added
			}
		}
		document = null;
		positions = new ArrayList<>();
	}
}
