package org.factcheck.ui.checkers;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.factcheck.engine.registry.CheckerRegistry;

/**
 * The checkers contributed to the running workbench, read from the extension registry and read
 * again when a plug-in adds or removes one (a checker installed from an update site appears by
 * itself). Checkers created by one registry are reused by every verification until it changes.
 */
public final class InstalledCheckers implements IRegistryEventListener {

	private final IExtensionRegistry extensions;
	private volatile CheckerRegistry registry;

	public InstalledCheckers(IExtensionRegistry extensions) {
		this.extensions = extensions;
	}

	/** Starts following contributions; call {@link #dispose()} to stop. */
	public void start() {
		extensions.addListener(this, CheckerRegistry.EXTENSION_POINT);
	}

	public void dispose() {
		extensions.removeListener(this);
	}

	/** The checkers installed now. */
	public CheckerRegistry registry() {
		CheckerRegistry current = registry;
		if (current == null) {
			synchronized (this) {
				current = registry;
				if (current == null) {
					current = CheckerRegistry.fromExtensions();
					registry = current;
				}
			}
		}
		return current;
	}

	@Override
	public void added(IExtension[] contributions) {
		registry = null;
	}

	@Override
	public void removed(IExtension[] contributions) {
		registry = null;
	}

	@Override
	public void added(IExtensionPoint[] points) {
		registry = null;
	}

	@Override
	public void removed(IExtensionPoint[] points) {
		registry = null;
	}
}
