package org.factcheck.ui.editor.editors;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.ui.IWorkbenchPart;

/** {@code org.factcheck.ui.editor.claimEditor}: whether a part edits a claim file, for handlers and menus. */
public final class ClaimEditorTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IWorkbenchPart part && ClaimEditors.model(part).isPresent();
	}
}
