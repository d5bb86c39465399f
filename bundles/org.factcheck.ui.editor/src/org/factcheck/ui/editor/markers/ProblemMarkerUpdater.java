package org.factcheck.ui.editor.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimTexts;

/**
 * Keeps the language problem markers of claim files in step with what is saved: whenever claim
 * files are added or their content changes on disk (a save in the editor, an import, a change
 * outside the workbench), a job checks them and updates their markers by difference, one workspace
 * operation per file.
 */
public final class ProblemMarkerUpdater implements IResourceChangeListener {

	/** The job family of the checks, for tests that wait for markers. */
	public static final Object FAMILY = ProblemMarkerUpdater.class;

	private static final String EXTENSION = "claims";

	private final Set<IFile> pending = new LinkedHashSet<>();
	private final Job job = new Job("Checking claim files") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			List<IFile> files;
			synchronized (pending) {
				files = new ArrayList<>(pending);
				pending.clear();
			}
			SubMonitor progress = SubMonitor.convert(monitor, files.size());
			for (IFile file : files) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				progress.subTask(file.getFullPath().toString());
				update(file);
				progress.worked(1);
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && EXTENSION.equals(file.getFileExtension())
						&& (delta.getKind() == IResourceDelta.ADDED
								|| (delta.getKind() == IResourceDelta.CHANGED
										&& (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0))) {
					changed.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			FactcheckUi.log(e.getStatus());
		}
		if (!changed.isEmpty()) {
			check(changed);
		}
	}

	/** Checks the files in the background and updates their markers. */
	public void check(List<IFile> files) {
		synchronized (pending) {
			pending.addAll(files);
		}
		job.schedule(50);
	}

	private static void update(IFile file) {
		if (!file.exists() || file.getLocation() == null) {
			return;
		}
		String text;
		try (InputStream in = file.getContents(true)) {
			text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (CoreException | IOException e) {
			return;
		}
		XtextResource resource = ClaimTexts.parse(URI.createFileURI(file.getLocation().toOSString()), text);
		List<Issue> issues = ClaimTexts.validate(resource, CancelIndicator.NullImpl);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceRunnable replace = monitor -> replaceMarkers(file, issues, text.length());
		try {
			workspace.run(replace, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			FactcheckUi.log(e.getStatus());
		}
	}

	private record Key(int severity, String message, int start, int end, String code) {
	}

	private static void replaceMarkers(IFile file, List<Issue> issues, int textLength) throws CoreException {
		Map<Key, IMarker> existing = new HashMap<>();
		for (IMarker marker : file.findMarkers(ClaimProblemMarker.TYPE, false, IResource.DEPTH_ZERO)) {
			existing.put(new Key(marker.getAttribute(IMarker.SEVERITY, -1), marker.getAttribute(IMarker.MESSAGE, ""),
					marker.getAttribute(IMarker.CHAR_START, -1), marker.getAttribute(IMarker.CHAR_END, -1),
					marker.getAttribute(ClaimProblemMarker.CODE, null)), marker);
		}
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			int start = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), textLength);
			int end = issue.getLength() == null ? start : Math.min(start + issue.getLength(), textLength);
			Key key = new Key(severity(issue.getSeverity()), issue.getMessage(), start, end, issue.getCode());
			if (existing.remove(key) != null) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.SEVERITY, key.severity());
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.CHAR_START, start);
			attributes.put(IMarker.CHAR_END, end);
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + (issue.getLineNumber() == null ? 1 : issue.getLineNumber()));
			attributes.put(IMarker.SOURCE_ID, "Claim language");
			if (issue.getCode() != null) {
				attributes.put(ClaimProblemMarker.CODE, issue.getCode());
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				attributes.put(ClaimProblemMarker.DATA, ClaimProblemMarker.joinData(List.of(issue.getData())));
			}
			file.createMarker(ClaimProblemMarker.TYPE, attributes);
		}
		for (IMarker stale : existing.values()) {
			if (Objects.equals(ClaimProblemMarker.typeOf(stale), ClaimProblemMarker.TYPE)) {
				stale.delete();
			}
		}
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
