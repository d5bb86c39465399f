package org.factcheck.ui.editor.outline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.claims.layout.ClaimFileLayout;
import org.factcheck.claims.layout.ClaimLayout;
import org.factcheck.claims.layout.Span;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.hover.ClaimHover;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;
import org.factcheck.ui.editor.model.ClaimSnapshot;
import org.factcheck.ui.results.FileVerification;

/**
 * The Outline of a claim file: its claims with their verdict icons, each with its citations.
 * Selecting a claim selects its name in the editor; moving the cursor in the editor selects the
 * claim under it. Follows the file's checks and verifications.
 */
public final class ClaimOutlinePage extends ContentOutlinePage {

	/** The tree's input: the layout of the file as last checked. */
	private static final class Input {
		ClaimFileLayout layout = ClaimFileLayout.EMPTY;
	}

	private final ITextEditor editor;
	private final IDocument document;
	private final Input input = new Input();
	private final Consumer<ClaimSnapshot> snapshots = this::published;
	private final Consumer<FileVerification> verifications = this::verified;
	private final ISelectionChangedListener editorSelection = this::editorSelectionChanged;
	private ClaimDocumentModel model;
	private boolean followingEditor;

	public ClaimOutlinePage(ITextEditor editor, IDocument document) {
		this.editor = editor;
		this.document = document;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setComparer(new OutlineElements());
		viewer.setContentProvider(new Contents());
		model = ClaimDocumentModels.acquire(document);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabels(
				name -> ClaimHover.verified(model.file(), name),
				() -> Optional.ofNullable(model.snapshot()).flatMap(ClaimSnapshot::corpus))));
		ClaimSnapshot latest = model.snapshot();
		if (latest != null) {
			input.layout = latest.layout();
		}
		viewer.setInput(input);
		model.addListener(snapshots);
		FactcheckUi.getDefault().results().addListener(verifications);
		ISelectionProvider provider = editor.getSelectionProvider();
		if (provider instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(editorSelection);
		}
	}

	@Override
	public void dispose() {
		FactcheckUi.getDefault().results().removeListener(verifications);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(editorSelection);
		}
		if (model != null) {
			model.removeListener(snapshots);
			ClaimDocumentModels.release(document);
			model = null;
		}
		super.dispose();
	}

	/** The claims shown, for tests. */
	public List<ClaimLayout> claims() {
		return input.layout.claims();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (followingEditor || !(event.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
			return;
		}
		Span target = current(selection);
		if (target != null && target.end() <= document.getLength()) {
			editor.selectAndReveal(target.offset(), target.length());
		}
	}

	/** Where the selected element is written now: tree items may hold a claim as it was before the last edits. */
	private Span current(IStructuredSelection selection) {
		ClaimFileLayout layout = input.layout;
		Object selected = selection.getFirstElement();
		if (selected instanceof ClaimLayout claim) {
			return layout.claim(claim.name()).map(ClaimLayout::nameSpan).orElse(null);
		}
		if (selected instanceof CitationLayout citation && selection instanceof ITreeSelection tree
				&& tree.getPaths().length > 0 && tree.getPaths()[0].getFirstSegment() instanceof ClaimLayout claim) {
			int index = claim.citations().indexOf(citation);
			return layout.claim(claim.name()).filter(now -> index >= 0 && index < now.citations().size())
					.map(now -> now.citations().get(index).idSpan()).orElse(null);
		}
		return null;
	}

	private void published(ClaimSnapshot snapshot) {
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (getControl() == null || getControl().isDisposed()) {
				return;
			}
			Optional<List<ClaimLayout>> changed = OutlineElements.changedClaims(input.layout, snapshot.layout());
			input.layout = snapshot.layout();
			if (changed.isEmpty()) {
				getTreeViewer().refresh();
			} else {
				changed.get().forEach(claim -> getTreeViewer().refresh(claim, true));
			}
		});
	}

	private void verified(FileVerification verification) {
		Control control = getControl();
		Optional<IFile> file = model == null ? Optional.empty() : model.file();
		if (control == null || control.isDisposed() || file.isEmpty() || !file.get().equals(verification.file())) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (getControl() != null && !getControl().isDisposed()) {
				getTreeViewer().refresh(true);
			}
		});
	}

	private void editorSelectionChanged(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection text) || getControl() == null || getControl().isDisposed()) {
			return;
		}
		Optional<ClaimLayout> claim = input.layout.claimAt(text.getOffset());
		IStructuredSelection current = getTreeViewer().getStructuredSelection();
		if (claim.isEmpty() || (!current.isEmpty() && current.getFirstElement() instanceof ClaimLayout selected
				&& Objects.equals(selected.name(), claim.get().name()))) {
			return;
		}
		followingEditor = true;
		try {
			getTreeViewer().setSelection(new StructuredSelection(claim.get()), true);
		} finally {
			followingEditor = false;
		}
	}

	private final class Contents implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object inputElement) {
			return input.layout.claims().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ClaimLayout claim ? claim.citations().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof CitationLayout citation) {
				return input.layout.claims().stream().filter(claim -> claim.citations().contains(citation)).findFirst()
						.orElse(null);
			}
			return element instanceof ClaimLayout ? input : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ClaimLayout claim && !claim.citations().isEmpty();
		}
	}

	/**
	 * Outline elements are the same when they show the same claim or citation, wherever it moved in
	 * the text, so that expansion and selection survive typing.
	 */
	private static final class OutlineElements implements IElementComparer {

		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof ClaimLayout first && b instanceof ClaimLayout second) {
				return first.name().equals(second.name());
			}
			if (a instanceof CitationLayout first && b instanceof CitationLayout second) {
				return first.documentId().equals(second.documentId()) && first.idSpan().equals(second.idSpan());
			}
			return Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			if (element instanceof ClaimLayout claim) {
				return claim.name().hashCode();
			}
			if (element instanceof CitationLayout citation) {
				return citation.documentId().hashCode();
			}
			return element.hashCode();
		}

		/**
		 * The claims of {@code b} that show differently from the same claims of {@code a}; empty when
		 * the claims themselves differ (added, removed, renamed, moved), so that the whole tree must be
		 * refreshed.
		 */
		static Optional<List<ClaimLayout>> changedClaims(ClaimFileLayout a, ClaimFileLayout b) {
			if (a.claims().size() != b.claims().size()) {
				return Optional.empty();
			}
			List<ClaimLayout> changed = new java.util.ArrayList<>();
			for (int i = 0; i < a.claims().size(); i++) {
				ClaimLayout first = a.claims().get(i);
				ClaimLayout second = b.claims().get(i);
				if (!first.name().equals(second.name())) {
					return Optional.empty();
				}
				if (!first.text().equals(second.text()) || !sameCitations(first, second)) {
					changed.add(second);
				}
			}
			return Optional.of(changed);
		}

		private static boolean sameCitations(ClaimLayout a, ClaimLayout b) {
			if (a.citations().size() != b.citations().size()) {
				return false;
			}
			for (int i = 0; i < a.citations().size(); i++) {
				CitationLayout first = a.citations().get(i);
				CitationLayout second = b.citations().get(i);
				if (!first.documentId().equals(second.documentId()) || !Objects.equals(
						first.quote().map(quote -> quote.value()), second.quote().map(quote -> quote.value()))) {
					return false;
				}
			}
			return true;
		}
	}
}
