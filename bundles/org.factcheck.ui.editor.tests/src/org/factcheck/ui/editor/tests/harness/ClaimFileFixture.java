package org.factcheck.ui.editor.tests.harness;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Claim files of a test in the seed project, opened in claim editors on request; after each test
 * every editor is closed without saving and the files are deleted. Register with
 * {@code @RegisterExtension}. The workbench does not verify the files on save during the test:
 * tests publish the verdicts they need themselves ({@link Verifications#publish}), and a
 * verification started by creating a file would replace them.
 */
public final class ClaimFileFixture implements BeforeEachCallback, AfterEachCallback {

	private final List<IFile> created = new ArrayList<>();

	/** Creates (or replaces) a claim file in the seed project. */
	public IFile create(String name, String text) throws Exception {
		IFile file = SeedProject.claimFile(name, text);
		created.add(file);
		return file;
	}

	/** Creates a claim file and opens it in the claim editor, once checked. */
	public ClaimEditorDriver open(String name, String text) throws Exception {
		return ClaimEditorDriver.open(create(name, text));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		verifyOnSave(false);
	}

	/** Turns the workbench's verification on save off or on (its default). */
	public static void verifyOnSave(boolean on) {
		if (on) {
			FactcheckUi.getDefault().getPreferenceStore().setToDefault(FactcheckPreferences.VERIFY_ON_SAVE);
		} else {
			FactcheckUi.getDefault().getPreferenceStore().setValue(FactcheckPreferences.VERIFY_ON_SAVE, false);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		ClaimEditorDriver.page().closeAllEditors(false);
		for (IFile file : created) {
			if (file.exists()) {
				file.delete(true, null);
			}
		}
		created.clear();
		verifyOnSave(true);
	}
}
