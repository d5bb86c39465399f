package org.factcheck.ui.views.evidence;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.IToolTipProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.FactcheckImages;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.views.CheckerNames;
import org.factcheck.ui.views.ClaimOpener;
import org.factcheck.ui.views.FunctionLabels;
import org.factcheck.ui.views.evidence.EvidenceNode.CheckerErrorNode;
import org.factcheck.ui.views.evidence.EvidenceNode.FindingNode;
import org.factcheck.ui.views.evidence.EvidenceNode.PassageNode;

/**
 * The evidence of the current claim — the claim under the cursor of a claim editor or selected in
 * the Verification view, the Outline or the Problems view: its verdict and reason, then every
 * finding (checker, verdict, confidence, message) with the passages it rests on (document title
 * and date). Citation and sources-disagree findings are listed too. A click on a passage opens its
 * document at the passage.
 */
public final class EvidenceView extends ViewPart {

	public static final String ID = "org.factcheck.ui.views.evidence";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<FileVerification> resultListener = this::resultPublished;
	private LocalResourceManager resources;
	private Font bold;
	private Font italic;
	private Label verdictImage;
	private Label title;
	private Link place;
	private Label claimText;
	private Label reason;
	private TreeViewer viewer;
	private ClaimReference claim;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		bold = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD));
		italic = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.ITALIC));
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		createHeader(parent);
		createTree(parent);
		getSite().getPage().addPostSelectionListener(selectionListener);
		FactcheckUi.getDefault().results().addListener(resultListener);
		IWorkbenchPart active = getSite().getPage().getActivePart();
		if (active != null && active != this) {
			selectionChanged(active, active.getSite().getSelectionProvider() == null ? null
					: active.getSite().getSelectionProvider().getSelection());
		}
		show(null);
	}

	private void createHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).spacing(6, 3).applyTo(header);
		verdictImage = new Label(header, SWT.NONE);
		GridDataFactory.swtDefaults().hint(16, 16).applyTo(verdictImage);
		title = new Label(header, SWT.NONE);
		title.setFont(bold);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		place = new Link(header, SWT.NONE);
		place.addListener(SWT.Selection, event -> {
			if (claim != null) {
				ClaimOpener.openClaim(getSite().getPage(), claim.file(), claim.claimName(), true);
			}
		});
		claimText = new Label(header, SWT.WRAP);
		claimText.setFont(italic);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(claimText);
		reason = new Label(header, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(reason);
		header.addListener(SWT.Resize, event -> wrapHeader());
	}

	/** Wraps the claim text and reason at the header's width, so that they take the lines they need. */
	private void wrapHeader() {
		Composite header = reason.getParent();
		int width = Math.max(100, header.getClientArea().width - 12);
		boolean changed = false;
		for (Label label : new Label[] { claimText, reason }) {
			GridData data = (GridData) label.getLayoutData();
			if (data.widthHint != width) {
				data.widthHint = width;
				changed = true;
			}
		}
		if (changed) {
			header.getParent().layout(true, true);
		}
	}

	private void createTree(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		TreeColumnLayout layout = new TreeColumnLayout();
		area.setLayout(layout);
		viewer = new TreeViewer(area, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof FindingNode finding ? finding.passages().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof FindingNode finding && !finding.passages().isEmpty();
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		TreeViewerColumn main = new TreeViewerColumn(viewer, SWT.LEFT);
		main.getColumn().setText("Finding and passages");
		main.setLabelProvider(new DelegatingStyledCellLabelProvider(new MainColumnLabels()));
		layout.setColumnData(main.getColumn(), new ColumnWeightData(66, 200));
		column(layout, "Checker", 12, 75, node -> node instanceof FindingNode f ? CheckerNames.of(f.finding().checkerId()) : "",
				node -> node instanceof FindingNode f ? f.finding().checkerId() : null);
		column(layout, "Verdict", 12, 90, node -> node instanceof FindingNode f ? verdictOf(f.finding()) : "", null);
		column(layout, "Confidence", 10, 90, node -> node instanceof FindingNode f
				? String.format(Locale.ROOT, "%.2f", f.finding().confidence()) : "", null);
		tree.getColumn(3).setAlignment(SWT.RIGHT);

		viewer.addSelectionChangedListener(event -> open(event.getStructuredSelection(), false));
		viewer.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection(), true));
	}

	private void column(TreeColumnLayout layout, String heading, int weight, int minimum,
			Function<EvidenceNode, String> text, Function<EvidenceNode, String> tip) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(heading);
		column.setLabelProvider(new FunctionLabels<>(EvidenceNode.class, text).tip(tip == null ? node -> null : tip)
				.font(node -> node instanceof FindingNode finding && finding.deciding() ? bold : null));
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum));
	}

	/** The first column: the finding's message, or the passage followed by its document's title and date. */
	private final class MainColumnLabels extends LabelProvider
			implements IStyledLabelProvider, IFontProvider, IToolTipProvider {

		@Override
		public StyledString getStyledText(Object element) {
			StyledString text = new StyledString(describe((EvidenceNode) element));
			if (element instanceof PassageNode passage) {
				text.append("  " + source(passage), StyledString.QUALIFIER_STYLER);
			}
			return text;
		}

		@Override
		public Image getImage(Object element) {
			return image((EvidenceNode) element);
		}

		@Override
		public Font getFont(Object element) {
			return element instanceof FindingNode finding && finding.deciding() ? bold : null;
		}

		@Override
		public String getToolTipText(Object element) {
			return fullText((EvidenceNode) element);
		}
	}

	private String describe(EvidenceNode node) {
		return switch (node) {
		case FindingNode finding -> finding.finding().message();
		case PassageNode passage -> "„" + passage.evidence().text().strip().replaceAll("\\s+", " ") + "“";
		case CheckerErrorNode error -> error.message();
		};
	}

	private String fullText(EvidenceNode node) {
		return switch (node) {
		case PassageNode passage -> passage.evidence().text() + "\n\n" + sourceTip(passage) + "\n["
				+ passage.evidence().start() + ", " + passage.evidence().end() + ") — click to open the document here";
		default -> describe(node);
		};
	}

	private Image image(EvidenceNode node) {
		return switch (node) {
		case FindingNode finding -> FactcheckUi.image(FactcheckImages.of(finding.finding().kind(), finding.finding().verdict()));
		case PassageNode passage -> FactcheckUi.image(FactcheckImages.PASSAGE);
		case CheckerErrorNode error -> FactcheckUi.image(FactcheckImages.CHECKER_ERROR);
		};
	}

	private static String verdictOf(Finding finding) {
		return finding.kind() == FindingKind.ASSESSMENT ? finding.verdict().label()
				: finding.kind().name().toLowerCase(Locale.ROOT);
	}

	private static String source(PassageNode passage) {
		return passage.document().map(EvidenceView::describeDocument).orElse(passage.evidence().documentId());
	}

	private static String sourceTip(PassageNode passage) {
		{
			return passage.document().map(document -> {
				StringBuilder tip = new StringBuilder(document.getId());
				if (document.getTitle() != null) {
					tip.append("\n").append(document.getTitle());
				}
				if (document.getPublisher() != null) {
					tip.append("\n").append(document.getPublisher());
				}
				if (document.getPublished() != null) {
					tip.append(", ").append(DATE.format(document.getPublished()));
				}
				if (document.getUrl() != null) {
					tip.append("\n").append(document.getUrl());
				}
				return tip.toString();
			}).orElse(passage.evidence().documentId());
		}
	}

	/** {@code Title (2024-06-21)}, or the id when the document has no title. */
	static String describeDocument(Document document) {
		String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
		return document.getPublished() == null ? title : title + " (" + DATE.format(document.getPublished()) + ")";
	}

	private void open(IStructuredSelection selection, boolean activate) {
		if (selection.getFirstElement() instanceof PassageNode passage && passage.store().isPresent()) {
			Evidence evidence = passage.evidence();
			ClaimOpener.openPassage(getSite().getPage(), passage.store().get(), evidence.documentId(), evidence.start(),
					evidence.end(), activate);
		}
	}

	private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (part == this || selection == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		FactcheckUi.getDefault().claimSelections().claimOf(part, selection).ifPresent(this::show);
	}

	private void resultPublished(FileVerification verification) {
		ClaimReference shown = claim;
		if (shown != null && shown.file().equals(verification.file())) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed() && shown.equals(claim)) {
					show(shown);
				}
			});
		}
	}

	/** Shows the evidence of {@code reference}; null shows how to choose a claim. */
	public void show(ClaimReference reference) {
		claim = reference;
		Optional<FileVerification> file = reference == null ? Optional.empty()
				: reference.fileResult(FactcheckUi.getDefault().results());
		Optional<VerifiedClaim> result = file.flatMap(verification -> verification.claim(reference.claimName()));
		if (reference == null) {
			showMessage(null, "No claim selected",
					"Put the cursor on a claim in a claim file, or select one in the Verification, Outline or Problems view.");
			viewer.setInput(List.of());
		} else if (result.isEmpty()) {
			showMessage(null, reference.claimName() + " — not verified", "This claim has no verification result yet: save "
					+ reference.file().getName() + " or press Ctrl+Alt+V to verify it.");
			viewer.setInput(List.of());
		} else {
			VerifiedClaim verified = result.get();
			title.setText(reference.claimName() + " — " + verified.result().verdictValue().label()
					+ verified.source().expected().map(expected -> verified.meetsExpectation() ? ", as expected"
							: ", expected " + expected.label()).orElse(""));
			verdictImage.setImage(FactcheckUi.image(FactcheckImages.of(verified.result().verdictValue())));
			claimText.setText(escape(verified.source().claim().text()));
			reason.setText(escape(verified.result().verdict().reason()));
			viewer.setInput(nodes(verified, file.get().corpus()));
			viewer.expandAll();
		}
		IFile shownFile = reference == null ? null : reference.file();
		place.setText(shownFile == null ? "" : "<a>" + shownFile.getName() + result.map(r -> ", line "
				+ r.source().location().line()).orElse("") + "</a>");
		place.getParent().getParent().layout(true, true);
	}

	private void showMessage(Image image, String heading, String message) {
		verdictImage.setImage(image);
		title.setText(heading);
		claimText.setText("");
		reason.setText(escape(message));
	}

	private static String escape(String text) {
		return text.replace("&", "&&");
	}

	private static List<EvidenceNode> nodes(VerifiedClaim claim, Optional<CorpusStore> store) {
		Finding deciding = claim.result().verdict().deciding().orElse(null);
		List<EvidenceNode> nodes = new ArrayList<>();
		for (Finding finding : claim.result().findings()) {
			List<PassageNode> passages = finding.evidence().stream().map(evidence -> new PassageNode(evidence,
					store.flatMap(corpus -> corpus.document(evidence.documentId())), store)).toList();
			nodes.add(new FindingNode(finding, finding.equals(deciding), passages));
		}
		nodes.sort((a, b) -> Boolean.compare(((FindingNode) b).deciding(), ((FindingNode) a).deciding()));
		claim.result().errors().forEach(error -> nodes.add(new CheckerErrorNode(error)));
		return nodes;
	}

	/** The claim shown, if any. */
	public Optional<ClaimReference> shownClaim() {
		return Optional.ofNullable(claim);
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
		getSite().getPage().removePostSelectionListener(selectionListener);
		FactcheckUi.getDefault().results().removeListener(resultListener);
		super.dispose();
	}
}
