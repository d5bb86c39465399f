package org.factcheck.ui.editor.editors;

import org.eclipse.ui.IStartup;

/**
 * Starts the claim editor plug-in with the workbench, so that claim files saved or imported before
 * any of them is opened get their problem markers.
 */
public final class ClaimEditorStartup implements IStartup {

	@Override
	public void earlyStartup() {
		// Loading this class started the plug-in, whose activator registers the marker updater.
	}
}
