package org.factcheck.ui.preferences;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.views.FunctionLabels;

/**
 * Window ▸ Preferences ▸ Fact-check: which checkers run, whether saving verifies, and where
 * corpora keep their cache. The checker list is read from the extension registry, so a newly
 * installed checker appears by itself.
 */
public final class FactcheckPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.factcheck.ui.preferences";

	private FactcheckPreferences preferences;
	private List<CheckerDescriptor> checkers;
	private Button verifyOnSave;
	private CheckboxTableViewer checkerTable;
	private Label checkerDescription;
	private Text corpusCache;

	@Override
	public void init(IWorkbench workbench) {
		preferences = FactcheckUi.getDefault().preferences();
		checkers = FactcheckUi.getDefault().checkers().registry().all();
		preferences.setCheckerDefaults(FactcheckUi.getDefault().checkers().registry());
		setPreferenceStore(preferences.store());
		setDescription("Settings of claim verification in the workbench.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);

		verifyOnSave = new Button(page, SWT.CHECK);
		verifyOnSave.setText("&Verify claim files when they are saved");
		verifyOnSave.setToolTipText("Saving a claim file runs its fast and normal checkers; Fact-check ▸ Verify runs every enabled checker.");

		createCheckers(page);
		createCorpusCache(page);
		load(false);
		return page;
	}

	private void createCheckers(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setText("Checkers");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		GridLayoutFactory.swtDefaults().applyTo(group);
		Label hint = new Label(group, SWT.WRAP);
		hint.setText("Checkers contributed by the installed plug-ins. Clear a checker to leave it out of verification.");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);

		Composite tableArea = new Composite(group, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 170).applyTo(tableArea);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		checkerTable = CheckboxTableViewer.newCheckList(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		checkerTable.getTable().setHeaderVisible(true);
		checkerTable.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Checker", 40, CheckerDescriptor::name);
		column(layout, "Cost", 14, checker -> checker.cost().name().toLowerCase(Locale.ROOT));
		column(layout, "Id", 46, CheckerDescriptor::id);
		checkerTable.setInput(checkers);
		checkerTable.addSelectionChangedListener(event -> showDescription());

		checkerDescription = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(checkerDescription);
		if (!checkers.isEmpty()) {
			checkerTable.getTable().select(0);
			showDescription();
		}
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<CheckerDescriptor, String> text) {
		TableViewerColumn column = new TableViewerColumn(checkerTable, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(new FunctionLabels<>(CheckerDescriptor.class, text).tip(CheckerDescriptor::description));
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private void showDescription() {
		Object selected = checkerTable.getStructuredSelection().getFirstElement();
		checkerDescription.setText(selected instanceof CheckerDescriptor checker
				? checker.description() + " (plug-in " + checker.contributor() + ")"
				: "");
		checkerDescription.getParent().layout(true, true);
	}

	private void createCorpusCache(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setText("Corpus cache");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		new Label(group, SWT.NONE).setText("&Folder:");
		corpusCache = new Text(group, SWT.BORDER);
		corpusCache.setMessage("the command line's default cache");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(corpusCache);
		corpusCache.addModifyListener(event -> validate());
		Button browse = new Button(group, SWT.PUSH);
		browse.setText("B&rowse…");
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage("Folder for the import caches and indexes of corpora");
			dialog.setFilterPath(corpusCache.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				corpusCache.setText(chosen);
			}
		});
		Label hint = new Label(group, SWT.WRAP);
		hint.setText("Corpora are imported once into this folder (one sub-folder each) and reused, like the command"
				+ " line's --index DIR. Empty: the command line's default cache, "
				+ "$XDG_CACHE_HOME/factcheck/corpora or ~/.cache/factcheck/corpora, shared with ./factcheck verify.");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);
	}

	private void validate() {
		String value = corpusCache.getText().trim();
		String error = null;
		if (!value.isEmpty()) {
			try {
				if (!Path.of(value).isAbsolute()) {
					error = "The corpus cache folder must be an absolute path.";
				}
			} catch (InvalidPathException e) {
				error = "The corpus cache folder is not a valid path: " + e.getReason();
			}
		}
		setErrorMessage(error);
		setValid(error == null);
	}

	private void load(boolean defaults) {
		var store = preferences.store();
		verifyOnSave.setSelection(defaults ? store.getDefaultBoolean(FactcheckPreferences.VERIFY_ON_SAVE)
				: store.getBoolean(FactcheckPreferences.VERIFY_ON_SAVE));
		corpusCache.setText(defaults ? store.getDefaultString(FactcheckPreferences.CORPUS_CACHE)
				: store.getString(FactcheckPreferences.CORPUS_CACHE));
		for (CheckerDescriptor checker : checkers) {
			checkerTable.setChecked(checker, defaults ? checker.enabledByDefault() : preferences.isEnabled(checker));
		}
	}

	@Override
	protected void performDefaults() {
		load(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		var store = preferences.store();
		store.setValue(FactcheckPreferences.VERIFY_ON_SAVE, verifyOnSave.getSelection());
		store.setValue(FactcheckPreferences.CORPUS_CACHE, corpusCache.getText().trim());
		for (CheckerDescriptor checker : checkers) {
			preferences.setEnabled(checker, checkerTable.getChecked(checker));
		}
		return true;
	}
}
