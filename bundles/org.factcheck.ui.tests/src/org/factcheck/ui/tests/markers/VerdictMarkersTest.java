package org.factcheck.ui.tests.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.markers.VerdictMarker;
import org.factcheck.ui.markers.VerdictMarkers;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.Verifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Verification results as markers of the one verdict marker type, updated by difference. */
class VerdictMarkersTest {

	@RegisterExtension
	final SeedProject seeds = SeedProject.perTest("markers-test");

	private IFile claims;

	@BeforeEach
	void claimFile() {
		claims = seeds.claims();
	}

	@Test
	void oneMarkerPerClaimWithTheVerdictsSeverityAndAttributes() throws Exception {
		Verifications.verify(claims);
		FileVerification result = FactcheckUi.getDefault().results().of(claims).orElseThrow();
		assertEquals(8, result.claims().size(), "the seed file's claims: " + result.problems());
		Map<String, IMarker> markers = markersByClaim();
		assertEquals(result.claims().size(), markers.size());
		String text = ClaimSelections.read(claims);
		for (VerifiedClaim claim : result.claims()) {
			String name = claim.source().claim().name();
			IMarker marker = markers.get(name);
			assertNotNull(marker, "marker of " + name);
			String verdict = claim.result().verdictValue().label();
			assertEquals(verdict, marker.getAttribute(VerdictMarker.VERDICT));
			int expectedSeverity = switch (verdict) {
			case "conflicting" -> IMarker.SEVERITY_ERROR;
			case "unsourced" -> IMarker.SEVERITY_WARNING;
			default -> VerdictMarkers.notes(claim).isEmpty() ? IMarker.SEVERITY_INFO : IMarker.SEVERITY_WARNING;
			};
			assertEquals(expectedSeverity, marker.getAttribute(IMarker.SEVERITY, -1), name);
			assertEquals(claim.source().location().line(), marker.getAttribute(IMarker.LINE_NUMBER, -1), name);
			int start = marker.getAttribute(IMarker.CHAR_START, -1);
			assertTrue(text.startsWith("claim " + name, start), name + " marker starts at its claim: " + start);
			assertEquals(start + ("claim " + name).length(), marker.getAttribute(IMarker.CHAR_END, -1));
			assertEquals(claim.source().expected().map(v -> v.label()).orElse(null),
					marker.getAttribute(VerdictMarker.EXPECTED_VERDICT));
			assertTrue(((String) marker.getAttribute(IMarker.MESSAGE)).startsWith(name + " is " + verdict + ": "));
			claim.result().verdict().deciding().ifPresentOrElse(finding -> {
				try {
					assertEquals(finding.checkerId(), marker.getAttribute(VerdictMarker.CHECKER_ID));
					assertEquals(finding.evidence().get(0).documentId(), marker.getAttribute(VerdictMarker.EVIDENCE_DOCUMENT));
					assertEquals(finding.evidence().get(0).start(), marker.getAttribute(VerdictMarker.EVIDENCE_START, -1));
					assertEquals(finding.evidence().get(0).end(), marker.getAttribute(VerdictMarker.EVIDENCE_END, -1));
				} catch (CoreException e) {
					throw new AssertionError(e);
				}
			}, () -> {
				try {
					assertNull(marker.getAttribute(VerdictMarker.CHECKER_ID), name);
				} catch (CoreException e) {
					throw new AssertionError(e);
				}
			});
		}
		assertEquals("conflicting", markers.get("us_soldiers").getAttribute(VerdictMarker.VERDICT));
		assertEquals("org.factcheck.checkers.numbers", markers.get("us_soldiers").getAttribute(VerdictMarker.CHECKER_ID));
		assertEquals("000_8c535eb6db9358b5", markers.get("us_soldiers").getAttribute(VerdictMarker.EVIDENCE_DOCUMENT));
		assertEquals(IMarker.SEVERITY_WARNING, markers.get("gold_dealer").getAttribute(IMarker.SEVERITY, -1));
	}

	@Test
	void aFailedExpectationIsAnError() throws Exception {
		replace("claim containers \"Nordkorea", "claim containers \"Nordkorea", "expect supported", "expect conflicting");
		Verifications.verify(claims);
		IMarker marker = markersByClaim().get("containers");
		assertEquals("supported", marker.getAttribute(VerdictMarker.VERDICT));
		assertEquals("conflicting", marker.getAttribute(VerdictMarker.EXPECTED_VERDICT));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("containers is supported (expected conflicting): "));
	}

	@Test
	void markersAreUpdatedByDifferenceInOneWorkspaceOperationPerFile() throws Exception {
		Verifications.verify(claims);
		Map<String, Long> ids = new HashMap<>();
		markersByClaim().forEach((name, marker) -> ids.put(name, marker.getId()));

		AtomicInteger changes = new AtomicInteger();
		List<IMarkerDelta> deltas = new ArrayList<>();
		IResourceChangeListener counter = event -> {
			IMarkerDelta[] markerDeltas = event.findMarkerDeltas(VerdictMarker.TYPE, false);
			if (markerDeltas.length > 0) {
				changes.incrementAndGet();
				synchronized (deltas) {
					deltas.addAll(List.of(markerDeltas));
				}
			}
		};
		// Remove one claim and save: verification on save updates the markers.
		String text = ClaimSelections.read(claims);
		int start = text.indexOf("claim gold_dealer");
		ResourcesPlugin.getWorkspace().addResourceChangeListener(counter, IResourceChangeEvent.POST_CHANGE);
		try {
			Instant saved = Instant.now();
			claims.setContents(new ByteArrayInputStream(text.substring(0, start).getBytes(StandardCharsets.UTF_8)), true,
					false, null);
			Verifications.awaitResults(saved, claims);
			Map<String, IMarker> after = markersByClaim();
			assertEquals(7, after.size());
			assertNull(after.get("gold_dealer"));
			after.forEach((name, marker) -> assertEquals(ids.get(name), marker.getId(), name + " keeps its marker"));
			assertEquals(1, changes.get(), "one workspace operation for the file: " + deltas);
			assertTrue(deltas.stream().allMatch(delta -> delta.getKind() == IResourceDelta.REMOVED),
					"only the removed claim's marker changes: " + deltas);

			// Nothing changed: verifying again touches no marker.
			Verifications.verify(claims);
			assertEquals(1, changes.get(), "no marker change: " + deltas);
		} finally {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(counter);
		}
	}

	private void replace(String anchor, String unused, String from, String to) throws Exception {
		String text = ClaimSelections.read(claims);
		int at = text.indexOf(from, text.indexOf(anchor));
		String changed = text.substring(0, at) + to + text.substring(at + from.length());
		claims.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);
		Verifications.awaitIdle();
	}

	private Map<String, IMarker> markersByClaim() throws CoreException {
		Map<String, IMarker> markers = new HashMap<>();
		for (IMarker marker : claims.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO)) {
			IMarker previous = markers.put(marker.getAttribute(VerdictMarker.CLAIM_NAME, ""), marker);
			assertNull(previous, "one marker per claim");
		}
		return markers;
	}
}
