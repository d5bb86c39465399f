package org.factcheck.ui.tests.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimReference;
import org.factcheck.ui.markers.VerdictMarker;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.Verifications;
import org.factcheck.ui.views.evidence.EvidenceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checkers contributed by other plug-ins: one that fails on a claim (the others still decide, and
 * the failure shows on the claim), one that notes something about a supported claim's sources (its
 * marker becomes a warning carrying the note).
 */
class CheckerFailuresTest {

	@RegisterExtension
	final SeedProject seeds = SeedProject.perTest("checker-failures-test");

	private CheckerDescriptor failing;

	@BeforeEach
	void enableTheFailingChecker() {
		failing = FactcheckUi.getDefault().checkers().registry().find(FailingChecker.ID).orElseThrow();
		FactcheckUi.getDefault().preferences().setEnabled(failing, true);
	}

	@AfterEach
	void restore() {
		FactcheckUi.getDefault().getPreferenceStore().setToDefault(FactcheckPreferences.checkerKey(FailingChecker.ID));
		FactcheckUi.getDefault().getPreferenceStore().setToDefault(FactcheckPreferences.checkerKey(NotingChecker.ID));
	}

	@Test
	void aSupportedClaimWithANoteOnItsSourcesIsAWarningCarryingTheNote() throws Exception {
		FactcheckUi.getDefault().preferences().setEnabled(
				FactcheckUi.getDefault().checkers().registry().find(NotingChecker.ID).orElseThrow(), true);
		IFile claims = seeds.project().getFile("noted.claims");
		claims.create(new ByteArrayInputStream("""
				corpus "corpus"
				claim noted_pact "Das Abkommen sieht im Falle eines Angriffs gegenseitige sofortige militärische Unterstützung vor."
				    cites "003_5631f6e596cc8e95"
				claim pact "Das Abkommen sieht im Falle eines Angriffs gegenseitige sofortige militärische Unterstützung vor."
				    cites "003_5631f6e596cc8e95"
				""".getBytes(StandardCharsets.UTF_8)), true, null);
		Verifications.verify(claims);

		List<IMarker> markers = Arrays.asList(claims.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO));
		IMarker noted = markers.stream().filter(m -> "noted_pact".equals(m.getAttribute(VerdictMarker.CLAIM_NAME, "")))
				.findFirst().orElseThrow();
		IMarker plain = markers.stream().filter(m -> "pact".equals(m.getAttribute(VerdictMarker.CLAIM_NAME, "")))
				.findFirst().orElseThrow();
		assertEquals("supported", noted.getAttribute(VerdictMarker.VERDICT), "a note does not change the verdict");
		assertEquals(IMarker.SEVERITY_WARNING, noted.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(noted.getAttribute(IMarker.MESSAGE, "").contains("note: " + NotingChecker.NOTE),
				noted.getAttribute(IMarker.MESSAGE, ""));
		assertEquals("supported", plain.getAttribute(VerdictMarker.VERDICT));
		assertEquals(IMarker.SEVERITY_INFO, plain.getAttribute(IMarker.SEVERITY, -1));
	}

	@Test
	void aCheckerFailureIsShownOnTheMarkerAndInTheEvidenceView() throws Exception {
		IFile claims = seeds.project().getFile("failing.claims");
		claims.create(new ByteArrayInputStream(("""
				corpus "corpus"
				claim broken "In Südkorea sind 18.500 US-Soldaten stationiert. %s"
				claim fine "In Südkorea sind 18.500 US-Soldaten stationiert."
				""".formatted(FailingChecker.TRIGGER)).getBytes(StandardCharsets.UTF_8)), true, null);
		Verifications.verify(claims);

		List<IMarker> markers = Arrays.asList(claims.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO));
		IMarker broken = markers.stream().filter(m -> "broken".equals(m.getAttribute(VerdictMarker.CLAIM_NAME, "")))
				.findFirst().orElseThrow();
		IMarker fine = markers.stream().filter(m -> "fine".equals(m.getAttribute(VerdictMarker.CLAIM_NAME, "")))
				.findFirst().orElseThrow();
		assertTrue(broken.getAttribute(VerdictMarker.CHECKER_ERRORS, "").contains("checker " + FailingChecker.ID
				+ " failed on claim broken"), broken.getAttribute(VerdictMarker.CHECKER_ERRORS, ""));
		assertTrue(broken.getAttribute(IMarker.MESSAGE, "").endsWith("[1 checker failed]"));
		assertEquals("conflicting", broken.getAttribute(VerdictMarker.VERDICT), "the other checkers still decide");
		assertNull(fine.getAttribute(VerdictMarker.CHECKER_ERRORS));

		EvidenceView evidence = (EvidenceView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(EvidenceView.ID);
		evidence.show(new ClaimReference(claims, "broken"));
		TreeItem[] rows = evidence.viewer().getTree().getItems();
		assertTrue(rows[rows.length - 1].getText(0).startsWith("checker " + FailingChecker.ID + " failed on claim broken"),
				rows[rows.length - 1].getText(0));
	}
}
