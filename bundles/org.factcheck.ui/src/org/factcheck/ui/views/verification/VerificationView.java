package org.factcheck.ui.views.verification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.ui.FactcheckImages;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.views.CheckerNames;
import org.factcheck.ui.views.CoalescedRefresh;
import org.factcheck.ui.views.FunctionLabels;
import org.factcheck.ui.views.ClaimOpener;

/**
 * The claims verified in this session: a sortable table (file, claim, verdict, deciding checker,
 * evidence, expectation) filtered by verdict, failed expectations and text, with a summary bar that
 * counts the verdicts (the counts are the filter buttons) and draws them as a small bar chart.
 * Double-click opens the claim.
 */
public final class VerificationView extends ViewPart {

	public static final String ID = "org.factcheck.ui.views.verification";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	/** A column: its title, width weight, least width and how rows compare by it. */
	private record Column(String title, int weight, int minimum, Comparator<ClaimRow> order) {
	}

	private final Set<Verdict> shownVerdicts = EnumSet.allOf(Verdict.class);
	private final Map<Verdict, ToolItem> verdictButtons = new EnumMap<>(Verdict.class);
	private final Consumer<FileVerification> resultListener = verification -> this.refreshSoon.request();
	private final Consumer<IFile> removalListener = file -> this.refreshSoon.request();
	private CoalescedRefresh refreshSoon;
	private LocalResourceManager resources;
	private TableViewer viewer;
	private ToolItem failedButton;
	private VerdictChart chart;
	private CLabel problemsLabel;
	private CLabel notesLabel;
	private List<String> shownNotices = List.of();
	private Text search;
	private boolean onlyFailedExpectations;
	private int sortColumn = -1;
	private int sortDirection = SWT.UP;
	private List<Column> columns;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		createSummary(parent);
		createTable(parent);
		refreshSoon = new CoalescedRefresh(viewer.getControl(), this::refresh);
		FactcheckUi.getDefault().results().addListener(resultListener);
		FactcheckUi.getDefault().results().addRemovalListener(removalListener);
		refresh();
	}

	private void createSummary(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 2).spacing(10, 0).applyTo(bar);

		ToolBar buttons = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		for (Verdict verdict : Verdict.values()) {
			ToolItem button = new ToolItem(buttons, SWT.CHECK);
			button.setImage(FactcheckUi.image(FactcheckImages.of(verdict)));
			button.setSelection(true);
			button.setToolTipText("Show " + verdict.label() + " claims");
			button.addListener(SWT.Selection, event -> {
				if (button.getSelection()) {
					shownVerdicts.add(verdict);
				} else {
					shownVerdicts.remove(verdict);
				}
				viewer.refresh();
				updateSummary();
			});
			verdictButtons.put(verdict, button);
		}
		new ToolItem(buttons, SWT.SEPARATOR);
		failedButton = new ToolItem(buttons, SWT.CHECK);
		failedButton.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		failedButton.setToolTipText("Show only claims whose verdict is not the expected one");
		failedButton.addListener(SWT.Selection, event -> {
			onlyFailedExpectations = failedButton.getSelection();
			viewer.refresh();
			updateSummary();
		});

		chart = new VerdictChart(bar, resources);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(140, SWT.DEFAULT).applyTo(chart);

		problemsLabel = new CLabel(bar, SWT.NONE);
		problemsLabel.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).exclude(true).applyTo(problemsLabel);
		problemsLabel.setVisible(false);

		notesLabel = new CLabel(bar, SWT.NONE);
		notesLabel.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).exclude(true).applyTo(notesLabel);
		notesLabel.setVisible(false);

		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Filter claims");
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).hint(180, SWT.DEFAULT).applyTo(search);
		search.addModifyListener(event -> {
			viewer.refresh();
			updateSummary();
		});
	}

	private void createTable(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		TableColumnLayout layout = new TableColumnLayout();
		area.setLayout(layout);
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);

		Comparator<ClaimRow> byFile = Comparator.comparing(row -> row.file().getFullPath().toString());
		Comparator<ClaimRow> byPlace = byFile.thenComparingInt(ClaimRow::line);
		columns = List.of(
				new Column("File", 14, 125, byPlace),
				new Column("Claim", 14, 90, Comparator.comparing(ClaimRow::name, String.CASE_INSENSITIVE_ORDER)),
				new Column("Verdict", 11, 105, Comparator.comparing(ClaimRow::verdict)),
				new Column("Deciding checker", 11, 115, Comparator.comparing(row -> checkerName(row))),
				new Column("Evidence", 7, 75, Comparator.comparingLong(ClaimRow::evidenceCount)),
				new Column("Expectation", 10, 95, Comparator.comparing(VerificationView::expectation)),
				new Column("Reason", 33, 150, Comparator.comparing(row -> row.claim().result().verdict().reason())));
		column(layout, 0, row -> row.file().getName() + ":" + row.line(), row -> null,
				row -> row.file().getFullPath() + ", line " + row.line());
		column(layout, 1, ClaimRow::name, row -> null, row -> row.claim().source().claim().text());
		column(layout, 2, row -> row.verdict().label(), row -> FactcheckUi.image(FactcheckImages.of(row.verdict())),
				row -> row.claim().result().verdict().reason());
		column(layout, 3, VerificationView::checkerName, row -> null, row -> row.deciding().map(f -> f.checkerId()).orElse(null));
		column(layout, 4, row -> Long.toString(row.evidenceCount()), row -> null, null);
		column(layout, 5, VerificationView::expectation, row -> row.meetsExpectation() ? null
				: PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK), null);
		column(layout, 6, row -> row.claim().result().verdict().reason(), row -> null,
				row -> row.claim().result().verdict().reason());
		table.getColumn(4).setAlignment(SWT.RIGHT);

		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				ClaimRow left = (ClaimRow) a;
				ClaimRow right = (ClaimRow) b;
				int result = sortColumn < 0 ? byPlace.compare(left, right) : columns.get(sortColumn).order().compare(left, right);
				if (result == 0) {
					result = byPlace.compare(left, right);
				}
				return sortDirection == SWT.DOWN ? -result : result;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parent, Object element) {
				return isShown((ClaimRow) element);
			}
		});
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof ClaimRow row) {
				ClaimOpener.openClaim(getSite().getPage(), row.file(), row.name(), true);
			}
		});
		getSite().setSelectionProvider(viewer);

		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, viewer);
	}

	private void column(TableColumnLayout layout, int index, Function<ClaimRow, String> text,
			Function<ClaimRow, Image> image, Function<ClaimRow, String> tip) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn widget = column.getColumn();
		widget.setText(columns.get(index).title());
		widget.setMoveable(true);
		column.setLabelProvider(new FunctionLabels<>(ClaimRow.class, text).image(image)
				.tip(tip == null ? row -> null : tip));
		widget.addListener(SWT.Selection, event -> sortBy(index));
		layout.setColumnData(widget, new ColumnWeightData(columns.get(index).weight(), columns.get(index).minimum()));
	}

	private void sortBy(int index) {
		Table table = viewer.getTable();
		if (sortColumn == index) {
			sortDirection = sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
		} else {
			sortColumn = index;
			sortDirection = SWT.UP;
		}
		table.setSortColumn(table.getColumn(index));
		table.setSortDirection(sortDirection);
		viewer.refresh();
	}

	private static String checkerName(ClaimRow row) {
		return row.deciding().map(finding -> CheckerNames.of(finding.checkerId())).orElse("—");
	}

	private static String expectation(ClaimRow row) {
		if (row.expected().isEmpty()) {
			return "—";
		}
		return row.meetsExpectation() ? "met" : "expected " + row.expected().get().label();
	}

	private boolean isShown(ClaimRow row) {
		if (!shownVerdicts.contains(row.verdict()) || onlyFailedExpectations && row.meetsExpectation()) {
			return false;
		}
		String filter = search == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
		if (filter.isEmpty()) {
			return true;
		}
		return row.name().toLowerCase(Locale.ROOT).contains(filter)
				|| row.claim().source().claim().text().toLowerCase(Locale.ROOT).contains(filter)
				|| row.file().getName().toLowerCase(Locale.ROOT).contains(filter)
				|| row.claim().result().verdict().reason().toLowerCase(Locale.ROOT).contains(filter);
	}

	private void refresh() {
		List<ClaimReference> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			selected.add(((ClaimRow) element).reference());
		}
		List<ClaimRow> rows = new ArrayList<>();
		for (FileVerification verification : FactcheckUi.getDefault().results().all()) {
			verification.claims().forEach(claim -> rows.add(new ClaimRow(verification.file(), claim)));
		}
		viewer.setInput(rows);
		List<ClaimRow> reselect = rows.stream().filter(row -> selected.contains(row.reference())).toList();
		if (!reselect.isEmpty()) {
			viewer.setSelection(new StructuredSelection(reselect), true);
		}
		updateSummary();
	}

	private void updateSummary() {
		@SuppressWarnings("unchecked")
		List<ClaimRow> rows = viewer.getInput() == null ? List.of() : (List<ClaimRow>) viewer.getInput();
		Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			counts.put(verdict, 0);
		}
		rows.forEach(row -> counts.merge(row.verdict(), 1, Integer::sum));
		long failed = rows.stream().filter(row -> !row.meetsExpectation()).count();
		verdictButtons.forEach((verdict, button) -> {
			button.setText(counts.get(verdict) + " " + verdict.label());
			button.setSelection(shownVerdicts.contains(verdict));
		});
		failedButton.setText(failed + (failed == 1 ? " failed expectation" : " failed expectations"));
		chart.setCounts(counts);

		List<FileVerification> files = FactcheckUi.getDefault().results().all();
		List<InputProblem> problems = files.stream().flatMap(file -> file.problems().stream()).toList();
		boolean hasProblems = !problems.isEmpty();
		problemsLabel.setVisible(hasProblems);
		((org.eclipse.swt.layout.GridData) problemsLabel.getLayoutData()).exclude = !hasProblems;
		problemsLabel.setToolTipText(problems.stream().limit(20).map(InputProblem::format)
				.collect(Collectors.joining("\n")) + (problems.size() > 20 ? "\n…" : ""));
		if (hasProblems) {
			problemsLabel.setText(problems.size() + (problems.size() == 1 ? " input problem" : " input problems"));
		}

		shownNotices = files.stream().flatMap(file -> file.corpus().stream()).distinct()
				.flatMap(store -> store.notices().stream()).distinct().toList();
		boolean hasNotices = !shownNotices.isEmpty();
		notesLabel.setVisible(hasNotices);
		((org.eclipse.swt.layout.GridData) notesLabel.getLayoutData()).exclude = !hasNotices;
		notesLabel.setToolTipText(String.join("\n", shownNotices));
		if (hasNotices) {
			notesLabel.setText(shownNotices.size() + (shownNotices.size() == 1 ? " cache note" : " cache notes"));
		}

		if (rows.isEmpty()) {
			setContentDescription(files.isEmpty() ? "No claims verified yet: save a claim file or press Ctrl+Alt+V."
					: "No claims could be verified.");
		} else {
			int shown = viewer.getTable().getItemCount();
			Instant last = files.stream().map(FileVerification::finished).max(Instant::compareTo).orElse(Instant.now());
			String count = shown == rows.size() ? rows.size() + " claims" : shown + " of " + rows.size() + " claims";
			setContentDescription(count + " in " + files.size() + (files.size() == 1 ? " file" : " files") + ", verified at "
					+ TIME.format(last));
		}
		problemsLabel.getParent().layout(true, true);
	}

	/**
	 * What the corpus caches of the shown results told (damaged and rebuilt, analyses not kept), one
	 * line each, as the summary's note shows them in its tooltip.
	 */
	public List<String> shownNotices() {
		return shownNotices;
	}

	/** The rows shown now, in their order (for tests and screenshots). */
	public List<ClaimRow> shownRows() {
		List<ClaimRow> rows = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			rows.add((ClaimRow) viewer.getElementAt(i));
		}
		return rows;
	}

	/** Shows only claims with these verdicts, as the summary's verdict buttons do. */
	public void showVerdicts(Set<Verdict> verdicts) {
		shownVerdicts.clear();
		shownVerdicts.addAll(verdicts);
		viewer.refresh();
		updateSummary();
	}

	/** Sorts by the column with this title, as clicking its header does. */
	public void sortBy(String title) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).title().equals(title)) {
				sortBy(i);
				return;
			}
		}
		throw new IllegalArgumentException("no column " + title);
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		FactcheckUi.getDefault().results().removeListener(resultListener);
		FactcheckUi.getDefault().results().removeRemovalListener(removalListener);
		super.dispose();
	}
}
