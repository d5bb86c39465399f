package org.factcheck.ui.views.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.CollapseAllHandler;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Span;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.views.ClaimOpener;
import org.factcheck.ui.views.CoalescedRefresh;

/**
 * The corpora of the workspace's claim files as the EMF corpus model: documents ▸ paragraphs ▸
 * sentences, page furniture greyed, metadata in the Properties view. Double-click opens a document
 * (at the paragraph or sentence). Follows the workspace: new claim files, changed corpus lines and
 * changed documents show up by themselves; Refresh (F5) opens every corpus again.
 */
public final class CorpusView extends ViewPart {

	public static final String ID = "org.factcheck.ui.views.corpus";

	private final Map<Path, CorpusNode> nodes = new ConcurrentHashMap<>();
	private final Consumer<Path> corpusChanged = this::corpusChanged;
	private final IResourceChangeListener claimFilesChanged = this::claimFilesChanged;
	private LocalResourceManager resources;
	private TreeViewer viewer;
	private CoalescedRefresh refreshSoon;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new CorpusContentProvider(this::open));
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new CorpusLabelProvider(resources)));
		viewer.setUseHashlookup(true);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof Document document) {
				openAt(document, 0, 0);
			} else if (element instanceof Span span) {
				Content content = FurnitureSpans.contentOf(span);
				if (content != null && content.eContainer() instanceof Document document) {
					openAt(document, span.getStart(), span.getEnd());
				}
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		refreshSoon = new CoalescedRefresh(viewer.getControl(), this::refreshRoots);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);

		IHandlerService handlers = getSite().getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.FILE_REFRESH, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				reopenAll();
				return null;
			}
		});
		handlers.activateHandler(CollapseAllHandler.COMMAND_ID, new CollapseAllHandler(viewer));

		FactcheckUi.getDefault().corpora().addChangeListener(corpusChanged);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(claimFilesChanged, IResourceChangeEvent.POST_CHANGE);
		refreshRoots();
	}

	private void openAt(Document document, int start, int end) {
		nodes.values().stream().map(CorpusNode::store).flatMap(Optional::stream)
				.filter(store -> store.corpus() == document.eContainer()).findFirst()
				.ifPresent(store -> ClaimOpener.openPassage(getSite().getPage(), store, document.getId(), start, end, true));
	}

	/** The corpus folders of the workspace, each shown once, in the order found. */
	private void refreshRoots() {
		List<CorpusNode> roots = new ArrayList<>();
		for (Path folder : FactcheckUi.getDefault().corpora().folders(ResourcesPlugin.getWorkspace().getRoot())) {
			roots.add(nodes.computeIfAbsent(folder, CorpusNode::new));
		}
		nodes.keySet().retainAll(roots.stream().map(CorpusNode::folder).toList());
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(roots);
		viewer.setExpandedElements(expanded);
		if (roots.size() == 1 && expanded.length == 0) {
			viewer.setExpandedState(roots.get(0), true);
		}
	}

	/** Opens the corpus in the background, once, and shows its documents when done. */
	private void open(CorpusNode corpus) {
		if (!corpus.startOpening()) {
			return;
		}
		Job job = Job.create("Opening corpus " + corpus.folder(), monitor -> {
			corpus.opened(FactcheckUi.getDefault().corpora().open(corpus.folder()));
			Display.getDefault().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh(corpus, true);
				}
			});
			return Status.OK_STATUS;
		});
		job.setPriority(Job.SHORT);
		job.schedule();
	}

	private void reopenAll() {
		nodes.keySet().forEach(FactcheckUi.getDefault().corpora()::forget);
	}

	private void corpusChanged(Path folder) {
		nodes.remove(folder);
		refreshSoon.request();
	}

	private void claimFilesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		boolean[] relevant = { false };
		try {
			delta.accept(child -> {
				if ((child.getFlags() & IResourceDelta.OPEN) != 0 || child.getResource() instanceof IFile file
						&& ClaimSelections.isClaimFile(file)) {
					relevant[0] = true;
				}
				return !relevant[0];
			});
		} catch (CoreException e) {
			FactcheckUi.log(e.getStatus());
		}
		if (relevant[0]) {
			refreshSoon.request();
		}
	}

	/** The store of a shown corpus folder, once it is open. */
	public Optional<CorpusStore> store(Path folder) {
		CorpusNode node = nodes.get(folder.toAbsolutePath().normalize());
		return node == null ? Optional.empty() : node.store();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		FactcheckUi.getDefault().corpora().removeChangeListener(corpusChanged);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(claimFilesChanged);
		super.dispose();
	}
}
