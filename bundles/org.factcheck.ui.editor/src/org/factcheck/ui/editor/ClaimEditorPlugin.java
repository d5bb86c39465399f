package org.factcheck.ui.editor;

import java.util.Optional;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.factcheck.checker.Verdict;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.markers.ProblemMarkerUpdater;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The claim editor plug-in: keeps the language problem markers of saved claim files up to date and
 * owns the editor's images.
 */
public final class ClaimEditorPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.factcheck.ui.editor";

	/** Image keys. */
	public static final String IMAGE_UNVERIFIED = "verdicts/unverified";
	public static final String IMAGE_DOCUMENT = "document";

	private static ClaimEditorPlugin instance;

	private final ProblemMarkerUpdater problemMarkers = new ProblemMarkerUpdater();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(problemMarkers, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(problemMarkers);
		instance = null;
		super.stop(context);
	}

	public static ClaimEditorPlugin getDefault() {
		return instance;
	}

	public ProblemMarkerUpdater problemMarkers() {
		return problemMarkers;
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		Bundle workbench = Platform.getBundle(FactcheckUi.PLUGIN_ID);
		for (Verdict verdict : Verdict.values()) {
			registry.put(verdictKey(verdict), icon(workbench, "icons/verdicts/" + verdict.label() + ".svg"));
		}
		registry.put(IMAGE_UNVERIFIED, icon(workbench, "icons/verdicts/unverified.svg"));
		registry.put(IMAGE_DOCUMENT, icon(getBundle(), "icons/document.svg"));
	}

	/** The icon of a verdict, or of a claim not verified yet. */
	public static Image verdictImage(Optional<Verdict> verdict) {
		return getDefault().getImageRegistry().get(verdict.map(ClaimEditorPlugin::verdictKey).orElse(IMAGE_UNVERIFIED));
	}

	public static Image image(String key) {
		return getDefault().getImageRegistry().get(key);
	}

	private static String verdictKey(Verdict verdict) {
		return "verdicts/" + verdict.label();
	}

	private static ImageDescriptor icon(Bundle bundle, String path) {
		return ImageDescriptor.createFromURL(FileLocator.find(bundle, IPath.fromOSString(path)));
	}
}
