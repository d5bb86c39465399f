package org.factcheck.ui.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.ui.claims.ClaimRegion;
import org.factcheck.ui.claims.ParsedClaims;

/**
 * Turns a file's verification into verdict markers, one per claim, and brings the file's markers
 * up to date by difference in one workspace operation: a marker whose claim is still there is kept
 * (and its attributes changed only if they differ), markers of claims that are gone are deleted,
 * new claims get new markers.
 */
public final class VerdictMarkers {

	private VerdictMarkers() {
	}

	/** The attributes of the marker of one verified claim, placed on its {@code claim NAME}. */
	public static Map<String, Object> attributes(VerifiedClaim claim, Optional<ClaimRegion> region) {
		Map<String, Object> attributes = new HashMap<>();
		Verdict verdict = claim.result().verdictValue();
		String name = claim.source().claim().name();
		attributes.put(IMarker.SEVERITY, severity(claim));
		attributes.put(IMarker.MESSAGE, message(claim));
		attributes.put(IMarker.LINE_NUMBER, region.map(ClaimRegion::line).orElse(claim.source().location().line()));
		region.ifPresent(at -> {
			attributes.put(IMarker.CHAR_START, at.offset());
			attributes.put(IMarker.CHAR_END, at.nameOffset() + at.nameLength());
		});
		attributes.put(IMarker.SOURCE_ID, "Fact-check");
		attributes.put(VerdictMarker.VERDICT, verdict.label());
		attributes.put(VerdictMarker.CLAIM_NAME, name);
		claim.source().expected().ifPresent(expected -> attributes.put(VerdictMarker.EXPECTED_VERDICT, expected.label()));
		Optional<Finding> deciding = claim.result().verdict().deciding();
		deciding.ifPresent(finding -> attributes.put(VerdictMarker.CHECKER_ID, finding.checkerId()));
		deciding.flatMap(finding -> finding.evidence().stream().findFirst()).ifPresent(evidence -> {
			attributes.put(VerdictMarker.EVIDENCE_DOCUMENT, evidence.documentId());
			attributes.put(VerdictMarker.EVIDENCE_START, evidence.start());
			attributes.put(VerdictMarker.EVIDENCE_END, evidence.end());
		});
		if (!claim.result().errors().isEmpty()) {
			attributes.put(VerdictMarker.CHECKER_ERRORS, String.join("\n", claim.result().errors()));
		}
		return attributes;
	}

	/**
	 * Conflicting and failed expectations are errors, unsourced claims warnings, supported claims
	 * infos — or warnings when a checker noted something about their sources (a later source gives
	 * another figure, the source only reports or assumes it, the sources disagree).
	 */
	public static int severity(VerifiedClaim claim) {
		if (!claim.meetsExpectation()) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (claim.result().verdictValue()) {
		case CONFLICTING -> IMarker.SEVERITY_ERROR;
		case UNSOURCED -> IMarker.SEVERITY_WARNING;
		case SUPPORTED -> notes(claim).isEmpty() ? IMarker.SEVERITY_INFO : IMarker.SEVERITY_WARNING;
		};
	}

	/** The findings that inform the fact-checker without changing the verdict. */
	public static List<Finding> notes(VerifiedClaim claim) {
		return claim.result().findings().stream().filter(finding -> finding.kind() == FindingKind.NOTE).toList();
	}

	/** {@code NAME is VERDICT (expected X): reason}, plus the checkers that failed. */
	public static String message(VerifiedClaim claim) {
		StringBuilder message = new StringBuilder();
		message.append(claim.source().claim().name()).append(" is ").append(claim.result().verdictValue().label());
		if (!claim.meetsExpectation()) {
			message.append(" (expected ").append(claim.source().expected().orElseThrow().label()).append(')');
		}
		message.append(": ").append(claim.result().verdict().reason());
		List<Finding> notes = notes(claim);
		if (!notes.isEmpty()) {
			message.append(" — note: ").append(notes.get(0).message());
			if (notes.size() > 1) {
				message.append(" (and ").append(notes.size() - 1).append(notes.size() == 2 ? " more note)" : " more notes)");
			}
		}
		int failed = claim.result().errors().size();
		if (failed > 0) {
			message.append(failed == 1 ? " [1 checker failed]" : " [" + failed + " checkers failed]");
		}
		return message.toString();
	}

	/**
	 * Replaces the verdict markers of {@code file} by those of {@code claims}, by difference, in one
	 * workspace operation holding the file's marker rule.
	 *
	 * @param text the file's text the claims were loaded from, to place the markers
	 */
	public static void update(IFile file, List<VerifiedClaim> claims, ParsedClaims text, IProgressMonitor monitor)
			throws CoreException {
		Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
		for (VerifiedClaim claim : claims) {
			String name = claim.source().claim().name();
			wanted.put(name, attributes(claim, text.named(name)));
		}
		IWorkspace workspace = file.getWorkspace();
		IWorkspaceRunnable update = progress -> {
			if (!file.exists()) {
				return;
			}
			List<IMarker> stale = new ArrayList<>();
			Map<String, IMarker> kept = new HashMap<>();
			for (IMarker marker : file.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO)) {
				String name = marker.getAttribute(VerdictMarker.CLAIM_NAME, null);
				if (name != null && wanted.containsKey(name) && !kept.containsKey(name)) {
					kept.put(name, marker);
				} else {
					stale.add(marker);
				}
			}
			for (Map.Entry<String, Map<String, Object>> claim : wanted.entrySet()) {
				IMarker marker = kept.get(claim.getKey());
				if (marker == null) {
					file.createMarker(VerdictMarker.TYPE, claim.getValue());
				} else if (!claim.getValue().equals(marker.getAttributes())) {
					marker.setAttributes(claim.getValue());
				}
			}
			for (IMarker marker : stale) {
				marker.delete();
			}
		};
		workspace.run(update, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, monitor);
	}
}
