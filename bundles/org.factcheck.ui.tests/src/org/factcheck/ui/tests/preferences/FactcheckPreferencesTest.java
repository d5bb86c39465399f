package org.factcheck.ui.tests.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.preferences.FactcheckPreferencePage;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.Verifications;
import org.factcheck.ui.tests.harness.Widgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Window ▸ Preferences ▸ Fact-check: the contributed checkers, and verification honouring them. */
class FactcheckPreferencesTest {

	private static final String NUMBERS = "org.factcheck.checkers.numbers";

	@RegisterExtension
	final SeedProject seeds = SeedProject.perTest("preferences-test");

	@AfterEach
	void restore() {
		FactcheckUi.getDefault().getPreferenceStore().setToDefault(FactcheckPreferences.checkerKey(NUMBERS));
	}

	@Test
	void thePageListsEveryContributedCheckerAndDisablingOneTakesItOutOfTheNextVerification() {
		List<CheckerDescriptor> installed = FactcheckUi.getDefault().checkers().registry().all();
		assertTrue(installed.size() >= 6, "the six built-in checkers: " + installed);
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), FactcheckPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			EventLoop.flush();
			Table table = Widgets.all(dialog.getShell(), Table.class).get(0);
			List<String> listed = Arrays.stream(table.getItems()).map(item -> item.getText(2)).toList();
			assertEquals(installed.stream().map(CheckerDescriptor::id).toList(), listed);
			TableItem numbers = Arrays.stream(table.getItems()).filter(item -> item.getText(2).equals(NUMBERS))
					.findFirst().orElseThrow();
			assertTrue(numbers.getChecked(), "enabled by default");
			TableItem contributed = Arrays.stream(table.getItems())
					.filter(item -> item.getText(2).equals("org.factcheck.ui.tests.failing")).findFirst().orElseThrow();
			assertFalse(contributed.getChecked(), "another plug-in's checker appears, off as it declares");
			numbers.setChecked(false);
			Button apply = Widgets.all(dialog.getShell(), Button.class).stream()
					.filter(button -> button.getText().replace("&", "").equals("Apply and Close")).findFirst().orElseThrow();
			apply.notifyListeners(SWT.Selection, new Event());
			EventLoop.flush();
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		assertFalse(FactcheckUi.getDefault().preferences()
				.isEnabled(FactcheckUi.getDefault().checkers().registry().find(NUMBERS).orElseThrow()));

		Verifications.verify(seeds.claims());
		VerifiedClaim soldiers = seeds.result().claim("us_soldiers").orElseThrow();
		assertTrue(soldiers.result().findings().stream().noneMatch(finding -> finding.checkerId().equals(NUMBERS)),
				"no finding of the disabled checker: " + soldiers.result().findings());
		assertNotEquals(NUMBERS, soldiers.result().verdict().deciding().map(f -> f.checkerId()).orElse(""));
	}
}
