package org.factcheck.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.factcheck.checker.Claim;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;

/**
 * Combines the findings of all checkers on a claim into its verdict.
 * <ol>
 * <li>Only assessments that say supported or conflicting with confidence of at least
 * {@link #DECISIVE} can decide; weaker ones are kept as hints.</li>
 * <li>Where the claim cites documents and a decisive finding concerns one of them, the cited
 * documents decide; otherwise the whole corpus decides.</li>
 * <li>Within one document, a support whose passage a conflicting finding reads differently (the same
 * sentence, negated or with another name) does not count; otherwise a conflict wins unless a
 * supporting finding is more confident by the calibration (each checker's raw confidence is on its
 * own scale; the calibrated ones are comparable): the deciding document must not contradict the
 * claim.</li>
 * <li>Among several deciding documents, the one with the most confident finding decides; on a tie a
 * conflict wins.</li>
 * <li>Nothing decisive: the claim is unsourced.</li>
 * </ol>
 * A document under a {@link FindingKind#CAVEAT} (for example a low-trust source) cannot make the
 * claim supported on its own: its supports do not decide, and a claim only such documents support
 * is unsourced with the caveat as the reason. Its conflicts still count.
 * It adds a {@link FindingKind#CITATION} finding when the claim cites documents that say nothing
 * about it while another document decides, and a {@link FindingKind#NOTE} listing the documents when
 * decisive findings about different documents disagree.
 */
public final class VerdictPolicy {

	/** The confidence from which an assessment can decide a verdict. */
	public static final double DECISIVE = 0.5;

	/** The calibrated confidence a support needs to decide (see {@link #tooWeakToSupport}). */
	public static final double SUPPORT_FLOOR = 0.4;

	public static final String POLICY_ID = "org.factcheck.engine.policy";

	private final Function<String, Optional<LocalDate>> publicationDates;
	private final Calibration calibration;

	/**
	 * A policy that reports confidences calibrated on the development data.
	 *
	 * @param publicationDates the published date of a document, used when reporting disagreement
	 */
	public VerdictPolicy(Function<String, Optional<LocalDate>> publicationDates) {
		this(publicationDates, Calibration.fitted());
	}

	/** @param calibration maps the checkers' confidences to reported ones after the verdict is decided */
	public VerdictPolicy(Function<String, Optional<LocalDate>> publicationDates, Calibration calibration) {
		this.publicationDates = publicationDates;
		this.calibration = calibration;
	}

	/**
	 * The verdict, decided on the checkers' own confidences (they compare findings as each checker
	 * weighs them); the findings are reported with calibrated confidences.
	 */
	public ClaimVerdict decide(Claim claim, List<Finding> findings) {
		return calibrated(decideOnReported(claim, findings));
	}

	/** The verdict with calibrated findings; the deciding finding stays the same instance as in the list. */
	private ClaimVerdict calibrated(ClaimVerdict verdict) {
		Map<Finding, Finding> mapped = new IdentityHashMap<>();
		verdict.findings().stream().filter(f -> !f.checkerId().equals(POLICY_ID))
				.forEach(f -> mapped.put(f, calibration.apply(f)));
		Optional<Finding> deciding = verdict.deciding().map(d -> mapped.computeIfAbsent(d, calibration::apply));
		double decidingConfidence = deciding.map(Finding::confidence).orElse(0.0);
		List<Finding> findings = verdict.findings().stream().map(f -> f.checkerId().equals(POLICY_ID)
				? new Finding(f.checkerId(), f.kind(), f.verdict(), decidingConfidence, f.message(), f.evidence())
				: mapped.get(f)).toList();
		return new ClaimVerdict(verdict.verdict(), verdict.reason(), deciding, findings);
	}

	private ClaimVerdict decideOnReported(Claim claim, List<Finding> findings) {
		Map<String, Finding> caveats = caveats(findings);
		List<Finding> heldBack = findings.stream()
				.filter(f -> isDecisive(f) && f.verdict() == Verdict.SUPPORTED && caveats.containsKey(f.documentId())).toList();
		List<Finding> weak = findings.stream().filter(f -> isDecisive(f) && tooWeakToSupport(f)).toList();
		Map<String, Finding> decisiveByDocument = new LinkedHashMap<>();
		findings.stream().filter(VerdictPolicy::isDecisive).filter(f -> !heldBack.contains(f) && !weak.contains(f))
				.collect(Collectors.groupingBy(Finding::documentId, LinkedHashMap::new, Collectors.toList()))
				.forEach((document, about) -> decisiveByDocument.put(document, documentVerdict(about)));
		List<Finding> aboutCited = decisiveByDocument.values().stream().filter(f -> claim.cites(f.documentId()))
				.toList();
		boolean citedDecide = !aboutCited.isEmpty();
		List<Finding> all = new ArrayList<>(findings);
		Optional<Finding> decider = (citedDecide ? aboutCited : List.copyOf(decisiveByDocument.values())).stream()
				.max(Comparator.comparingDouble(Finding::confidence)
						.thenComparing(f -> f.verdict() == Verdict.CONFLICTING));
		if (decider.isEmpty()) {
			String reason = !heldBack.isEmpty() ? caveats.get(heldBack.get(0).documentId()).message()
					: !weak.isEmpty() ? weakSupportReason(weak) : unsourcedReason(findings);
			return new ClaimVerdict(Verdict.UNSOURCED, reason, Optional.empty(), all);
		}
		Finding winner = decider.get();
		boolean citedStateIt = heldBack.stream().anyMatch(f -> claim.cites(f.documentId()));
		if (!claim.citations().isEmpty() && !citedDecide && !citedStateIt) {
			all.add(citationFinding(claim, winner));
		}
		List<Finding> disagreeing = decisiveByDocument.values().stream().filter(f -> f.verdict() != winner.verdict())
				.toList();
		if (!disagreeing.isEmpty()) {
			all.add(disagreementNote(winner, disagreeing));
		}
		return new ClaimVerdict(winner.verdict(), winner.message(), decider, all);
	}

	/**
	 * The documents under a {@link FindingKind#CAVEAT} (they cannot make the claim supported on their
	 * own), each with the most confident caveat about it.
	 */
	private static Map<String, Finding> caveats(List<Finding> findings) {
		Map<String, Finding> caveats = new LinkedHashMap<>();
		for (Finding finding : findings) {
			if (finding.kind() == FindingKind.CAVEAT && finding.confidence() >= DECISIVE) {
				finding.evidence().stream().map(Evidence::documentId).distinct().forEach(document -> caveats.merge(document,
						finding, (a, b) -> a.confidence() >= b.confidence() ? a : b));
			}
		}
		return caveats;
	}

	/**
	 * A support whose calibrated confidence is below {@link #SUPPORT_FLOOR}: of the supports the
	 * checker reports so, most were wrong on the development data, so it does not make the claim
	 * supported (a wrong "supported" is the worst error: the fact-checker stops looking).
	 */
	private boolean tooWeakToSupport(Finding finding) {
		return finding.verdict() == Verdict.SUPPORTED && calibration.confidence(finding) < SUPPORT_FLOOR;
	}

	private String weakSupportReason(List<Finding> weak) {
		Finding best = weak.stream().max(Comparator.comparingDouble(Finding::confidence)).orElseThrow();
		return String.format(Locale.ROOT, "Only a weak support (calibrated confidence %.2f, below %.2f): %s",
				calibration.confidence(best), SUPPORT_FLOOR, best.message());
	}

	private static boolean isDecisive(Finding finding) {
		return finding.kind() == FindingKind.ASSESSMENT && finding.verdict() != Verdict.UNSOURCED
				&& finding.confidence() >= DECISIVE && finding.documentId() != null;
	}

	private Finding documentVerdict(List<Finding> findings) {
		Finding bestConflict = best(findings, Verdict.CONFLICTING);
		List<Finding> conflicts = findings.stream().filter(f -> f.verdict() == Verdict.CONFLICTING).toList();
		Finding bestSupport = best(findings.stream()
				.filter(f -> f.verdict() != Verdict.SUPPORTED || conflicts.stream().noneMatch(c -> samePassage(c, f)))
				.toList(), Verdict.SUPPORTED);
		if (bestConflict != null && (bestSupport == null
				|| calibration.confidence(bestConflict) >= calibration.confidence(bestSupport))) {
			return bestConflict;
		}
		return bestSupport;
	}

	/** Whether the two findings rest on overlapping main passages. */
	private static boolean samePassage(Finding a, Finding b) {
		if (a.evidence().isEmpty() || b.evidence().isEmpty()) {
			return false;
		}
		Evidence first = a.evidence().get(0);
		Evidence second = b.evidence().get(0);
		return first.documentId().equals(second.documentId()) && first.start() < second.end()
				&& second.start() < first.end();
	}

	private static Finding best(List<Finding> findings, Verdict verdict) {
		return findings.stream().filter(f -> f.verdict() == verdict).max(Comparator.comparingDouble(Finding::confidence))
				.orElse(null);
	}

	private static String unsourcedReason(List<Finding> findings) {
		return findings.stream().filter(f -> f.kind() == FindingKind.ASSESSMENT && f.verdict() == Verdict.UNSOURCED)
				.max(Comparator.comparingDouble(Finding::confidence)).map(Finding::message)
				.orElse("Nothing in the corpus states or contradicts it.");
	}

	private Finding citationFinding(Claim claim, Finding winner) {
		String cited = claim.citations().stream().map(c -> c.documentId()).distinct().collect(Collectors.joining(", "));
		String message = winner.verdict() == Verdict.SUPPORTED
				? "Wrong citation: " + cited + " does not state this, but " + describe(winner.documentId()) + " does."
				: "Wrong citation: " + cited + " says nothing about this, but " + describe(winner.documentId())
						+ " contradicts it.";
		return new Finding(POLICY_ID, FindingKind.CITATION, winner.verdict(), winner.confidence(), message,
				winner.evidence());
	}

	private Finding disagreementNote(Finding winner, List<Finding> disagreeing) {
		List<Finding> involved = new ArrayList<>();
		involved.add(winner);
		involved.addAll(disagreeing);
		String sources = involved.stream()
				.map(f -> describe(f.documentId()) + (f.verdict() == Verdict.SUPPORTED ? " supports it" : " contradicts it"))
				.collect(Collectors.joining("; "));
		List<Evidence> evidence = involved.stream().flatMap(f -> f.evidence().stream().limit(1)).toList();
		return new Finding(POLICY_ID, FindingKind.NOTE, winner.verdict(), winner.confidence(),
				"Sources disagree: " + sources + ".", evidence);
	}

	private String describe(String documentId) {
		return publicationDates.apply(documentId).map(date -> documentId + " (" + date + ")").orElse(documentId);
	}
}
