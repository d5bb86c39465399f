package org.factcheck.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.corpora.DocumentFiles;
import org.factcheck.ui.corpora.WorkspaceCorpora;

/** Chooses the documents to import and the corpus folder they go to. */
final class ImportDocumentsPage extends WizardPage {

	private final IStructuredSelection selection;
	private final List<IContainer> targets = new ArrayList<>();
	private Text source;
	private CheckboxTableViewer files;
	private Combo target;
	private Button overwrite;

	ImportDocumentsPage(IStructuredSelection selection) {
		super("documents");
		this.selection = selection;
		setTitle("Import Documents into Corpus");
		setDescription("Copy documents (text, HTML, PDF or JSON lines files) from a folder into a project's corpus.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText("From &folder:");
		source = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
		source.addModifyListener(event -> listFiles());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse…");
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage("The folder holding the documents to import");
			dialog.setFilterPath(source.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				source.setText(chosen);
			}
		});

		Composite tableArea = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(tableArea);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		files = CheckboxTableViewer.newCheckList(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		files.getTable().setHeaderVisible(true);
		files.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(files, SWT.NONE);
		name.getColumn().setText("Document");
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> ((Path) element).getFileName().toString()));
		layout.setColumnData(name.getColumn(), new ColumnWeightData(75));
		TableViewerColumn size = new TableViewerColumn(files, SWT.RIGHT);
		size.getColumn().setText("Size");
		size.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> size((Path) element)));
		layout.setColumnData(size.getColumn(), new ColumnWeightData(25));
		files.addCheckStateListener(event -> validate());

		Composite buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button all = new Button(buttons, SWT.PUSH);
		all.setText("&Select All");
		GridDataFactory.fillDefaults().applyTo(all);
		all.addListener(SWT.Selection, event -> {
			files.setAllChecked(true);
			validate();
		});
		Button none = new Button(buttons, SWT.PUSH);
		none.setText("&Deselect All");
		GridDataFactory.fillDefaults().applyTo(none);
		none.addListener(SWT.Selection, event -> {
			files.setAllChecked(false);
			validate();
		});

		new Label(page, SWT.NONE).setText("Into &corpus:");
		target = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(target);
		target.addListener(SWT.Selection, event -> validate());
		fillTargets();

		overwrite = new Button(page, SWT.CHECK);
		overwrite.setText("&Overwrite existing documents");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(overwrite);

		setControl(page);
		validate();
	}

	/** The corpus folders of open projects that lie in the workspace: those claim files name, and each {@code corpus/}. */
	private void fillTargets() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		Set<IContainer> found = new LinkedHashSet<>();
		for (IProject project : root.getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			for (IFile claims : WorkspaceCorpora.claimFiles(project)) {
				FactcheckUi.getDefault().corpora().corpusFolder(claims).ifPresent(folder -> {
					IContainer container = root.getContainerForLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
					if (container != null && container.getType() != IResource.ROOT) {
						found.add(container);
					}
				});
			}
			found.add(project.getFolder(WorkspaceCorpora.PROJECT_CORPUS_FOLDER));
		}
		targets.addAll(found);
		targets.forEach(container -> target.add(container.getFullPath().toString()
				+ (container.exists() ? "" : "  (will be created)")));
		int initial = initialTarget();
		if (initial >= 0) {
			target.select(initial);
		}
	}

	private int initialTarget() {
		Object selected = selection == null ? null : selection.getFirstElement();
		IResource resource = Adapters.adapt(selected, IResource.class);
		if (resource != null) {
			for (int i = 0; i < targets.size(); i++) {
				if (targets.get(i).equals(resource) || targets.get(i).getFullPath().isPrefixOf(resource.getFullPath())) {
					return i;
				}
			}
			for (int i = 0; i < targets.size(); i++) {
				if (targets.get(i).getProject().equals(resource.getProject())) {
					return i;
				}
			}
		}
		return targets.isEmpty() ? -1 : 0;
	}

	private void listFiles() {
		List<Path> found = new ArrayList<>();
		Path folder = folder();
		if (folder != null && Files.isDirectory(folder)) {
			try (Stream<Path> listing = Files.list(folder)) {
				listing.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().startsWith("."))
						.sorted().forEach(found::add);
			} catch (IOException e) {
				setErrorMessage("Cannot list " + folder + ": " + e.getMessage());
			}
		}
		files.setInput(found);
		files.setCheckedElements(found.stream().filter(path -> DocumentFiles.isCorpusFile(path.getFileName().toString()))
				.toArray());
		validate();
	}

	private Path folder() {
		String text = source.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		String error = null;
		Path folder = folder();
		if (folder == null) {
			error = source.getText().isBlank() ? null : "\"" + source.getText() + "\" is not a valid folder name.";
		} else if (!Files.isDirectory(folder)) {
			error = "There is no folder " + folder + ".";
		} else if (files.getCheckedElements().length == 0) {
			error = "Choose the documents to import.";
		} else if (target.getSelectionIndex() < 0) {
			error = "There is no project to import into: create one with File > New > Fact-check Project.";
		}
		setErrorMessage(error);
		setPageComplete(error == null && folder != null);
	}

	private static String size(Path file) {
		try {
			long bytes = Files.size(file);
			return bytes < 1024 ? bytes + " B" : bytes / 1024 + " KB";
		} catch (IOException e) {
			return "?";
		}
	}

	/** Fills the folder field, as typing it does. */
	void setSourceFolder(Path folder) {
		source.setText(folder.toString());
	}

	/** Chooses the corpus folder to import into. */
	void setTarget(IContainer container) {
		int index = targets.indexOf(container);
		if (index < 0) {
			throw new IllegalArgumentException(container.getFullPath() + " is not a corpus folder of the workspace");
		}
		target.select(index);
		validate();
	}

	List<Path> chosenFiles() {
		return java.util.Arrays.stream(files.getCheckedElements()).map(Path.class::cast).toList();
	}

	IContainer target() {
		return targets.get(target.getSelectionIndex());
	}

	boolean overwrite() {
		return overwrite.getSelection();
	}
}
