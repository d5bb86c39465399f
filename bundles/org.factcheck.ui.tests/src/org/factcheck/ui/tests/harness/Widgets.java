package org.factcheck.ui.tests.harness;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds widgets in a dialog or view, as a user finds them on screen. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control of {@code type} in {@code root} and below, in tab order. */
	public static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, type));
			}
		}
		return found;
	}
}
