package org.factcheck.ui.projects;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.wizard.IWizardContainer;

/** Runs a wizard's work in the wizard's progress area and tells the user when it fails. */
public final class WizardRuns {

	private WizardRuns() {
	}

	/**
	 * Runs {@code work} (cancellable, in a background thread) and reports a failure in a dialog
	 * titled {@code title}: "{@code failure}: reason".
	 *
	 * @return whether the work completed
	 */
	public static boolean run(IWizardContainer container, String title, String failure, IRunnableWithProgress work) {
		try {
			container.run(true, true, work);
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(container.getShell(), title, failure + ": "
					+ (cause instanceof CoreException core ? core.getStatus().getMessage() : cause.toString()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}
}
