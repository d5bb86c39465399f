package org.factcheck.ui.views;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;

/**
 * Runs a view's refresh on the UI thread soon after it is asked for, once however many times it is
 * asked meanwhile (results of many files published at once, a burst of resource changes), and not
 * at all once the view's control is gone. May be asked from any thread.
 */
public final class CoalescedRefresh {

	private final Control control;
	private final Runnable refresh;
	private final AtomicBoolean scheduled = new AtomicBoolean();

	public CoalescedRefresh(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
	}

	public void request() {
		if (control.isDisposed() || !scheduled.compareAndSet(false, true)) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			scheduled.set(false);
			if (!control.isDisposed()) {
				refresh.run();
			}
		});
	}
}
