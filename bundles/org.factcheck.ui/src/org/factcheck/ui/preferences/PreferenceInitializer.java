package org.factcheck.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.factcheck.ui.FactcheckUi;

/** Defaults: verify on save, the command line's corpus cache, each checker as it declares. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		FactcheckUi plugin = FactcheckUi.getDefault();
		FactcheckPreferences preferences = plugin.preferences();
		preferences.store().setDefault(FactcheckPreferences.VERIFY_ON_SAVE, true);
		preferences.store().setDefault(FactcheckPreferences.CORPUS_CACHE, "");
		preferences.setCheckerDefaults(plugin.checkers().registry());
	}
}
