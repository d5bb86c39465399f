package org.factcheck.ui.editor.tests.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.factcheck.claims.validation.ClaimsIssueCodes;
import org.factcheck.ui.editor.markers.ClaimProblemMarker;
import org.factcheck.ui.editor.markers.ProblemMarkerUpdater;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProblemMarkerTest {

	@RegisterExtension
	final ClaimFileFixture files = new ClaimFileFixture();

	private static final String TEXT = """
			corpus "corpus"

			claim a "Text." cites "001_f7fa05fd70448d5c"
			""";

	private ClaimEditorDriver editor;


	@Test
	void savedFileGetsProblemMarkersWithResolutions() throws Exception {
		IFile file = files.create("markers.claims", TEXT);

		List<IMarker> markers = awaitMarkers(file, 1);
		IMarker marker = markers.get(0);
		assertEquals(ClaimsIssueCodes.UNKNOWN_DOCUMENT, marker.getAttribute(ClaimProblemMarker.CODE, ""));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(3, marker.getAttribute(IMarker.LINE_NUMBER, -1));

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("Cite '001_f7fa05fd70448d5b'"),
				Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[0].run(marker);

		assertEquals(TEXT.replace("5c\"", "5b\""), SeedProject.read(file));
		awaitMarkers(file, 0);
	}

	@Test
	void editorFixesAndSavesUpdateTheMarkers() throws Exception {
		IFile file = files.create("markers.claims", TEXT);
		awaitMarkers(file, 1);
		editor = ClaimEditorDriver.open(file);

		editor.caret(TEXT.indexOf("5c\"") + 1);
		editor.press(0, 'b', 0);
		editor.press(org.eclipse.swt.SWT.DEL, (char) 127, 0);
		editor.awaitCheck();
		assertEquals(List.of(), editor.problems());
		assertEquals(1, markers(file).size(), "the marker stays until the file is saved");

		editor.save();
		awaitMarkers(file, 0);
	}

	private static List<IMarker> awaitMarkers(IFile file, int count) throws Exception {
		EventLoop.waitUntil(count + " problem markers", ClaimEditorDriver.CHECK_TIMEOUT, () -> {
			try {
				Job.getJobManager().join(ProblemMarkerUpdater.FAMILY, null);
				return markers(file).size() == count;
			} catch (CoreException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		List<IMarker> markers = markers(file);
		assertTrue(markers.size() == count);
		return markers;
	}

	private static List<IMarker> markers(IFile file) throws CoreException {
		return List.of(file.findMarkers(ClaimProblemMarker.TYPE, false, IResource.DEPTH_ZERO));
	}
}
